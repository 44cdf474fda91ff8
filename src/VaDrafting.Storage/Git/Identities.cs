using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>
/// Turns the acting person into a Git signature: the display name, and
/// <c>{UserId}@users.va-drafting.invalid</c> as the e-mail so the stable id is in the header as well as
/// in the <c>User-Id:</c> trailer.
/// </summary>
internal static class Identities
{
    public const string EmailDomain = "users.va-drafting.invalid";
    private const int MaxLength = 200;

    /// <summary>Characters libgit2 silently strips from both ends of a signature name; refused so names round-trip exactly.</summary>
    private const string TrimmedByGit = ",:;\"\\'";

    /// <summary>Checks what Git's signature format and our trailers can carry; returns the trimmed organisation or null.</summary>
    public static string? Validate(CommitAuthor author, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(author, parameterName);
        if (string.IsNullOrEmpty(author.UserId) || author.UserId.Length > MaxLength
            || author.UserId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>'))
        {
            throw new ArgumentException(
                $"The user id '{author.UserId}' must be 1-{MaxLength} characters without spaces, control characters or angle brackets.",
                parameterName);
        }
        if (string.IsNullOrWhiteSpace(author.Name) || author.Name.Length > MaxLength || !IsSingleLineWithoutBrackets(author.Name)
            || author.Name.Trim() is var name && (TrimmedByGit.Contains(name[0]) || TrimmedByGit.Contains(name[^1])))
        {
            throw new ArgumentException(
                $"The author name must be 1-{MaxLength} characters on one line, without angle brackets and not starting or ending with any of {TrimmedByGit}.",
                parameterName);
        }
        var organisation = string.IsNullOrWhiteSpace(author.Organisation) ? null : author.Organisation.Trim();
        if (organisation is not null && (organisation.Length > MaxLength || !IsSingleLineWithoutBrackets(organisation)))
        {
            throw new ArgumentException(
                $"The organisation must be at most {MaxLength} characters on one line without angle brackets.", parameterName);
        }
        return organisation;
    }

    public static string EmailOf(string userId) => $"{userId}@{EmailDomain}";

    /// <summary>Git keeps whole seconds; cutting the rest here keeps what we return equal to what is stored.</summary>
    public static Signature SignatureOf(CommitAuthor author, DateTimeOffset when) =>
        new(author.Name.Trim(), EmailOf(author.UserId), DateTimeOffset.FromUnixTimeSeconds(when.ToUnixTimeSeconds()));

    public static Identity IdentityOf(CommitAuthor author) => new(author.Name.Trim(), EmailOf(author.UserId));

    /// <summary>The user id behind an e-mail the store wrote, or the whole e-mail for commits made elsewhere.</summary>
    public static string UserIdFromEmail(string email)
    {
        var suffix = "@" + EmailDomain;
        return email.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? email[..^suffix.Length] : email;
    }

    private static bool IsSingleLineWithoutBrackets(string value) =>
        !value.Any(c => char.IsControl(c) || c is '<' or '>');
}
