using System.Text;

namespace VaDrafting.Storage.Git;

/// <summary>A commit or tag message split into the text a person wrote and the trailers the store added.</summary>
internal sealed record TrailedMessage(string Body, string? UserId, string? Organisation);

/// <summary>
/// Writes and reads the <c>User-Id:</c> / <c>Organisation:</c> trailers that close every message the store
/// writes, in Git's trailer format (a last paragraph of <c>Key: value</c> lines), so who acted can be
/// rebuilt exactly from the commit or tag.
/// </summary>
internal static class MessageTrailers
{
    private const string UserIdKey = "User-Id";
    private const string OrganisationKey = "Organisation";

    /// <summary>Line endings become <c>\n</c> and surrounding blank space goes, as Git would keep it.</summary>
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").Trim();

    public static string Compose(string body, string userId, string? organisation)
    {
        var message = new StringBuilder();
        if (body.Length > 0) message.Append(body).Append("\n\n");
        message.Append(UserIdKey).Append(": ").Append(userId).Append('\n');
        if (organisation is not null) message.Append(OrganisationKey).Append(": ").Append(organisation).Append('\n');
        return message.ToString();
    }

    public static TrailedMessage Parse(string message)
    {
        var text = message.ReplaceLineEndings("\n").TrimEnd();
        var lastBreak = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        var body = lastBreak < 0 ? "" : text[..lastBreak];
        var block = lastBreak < 0 ? text : text[(lastBreak + 2)..];

        string? userId = null;
        string? organisation = null;
        foreach (var line in block.Split('\n'))
        {
            if (userId is null && TryReadValue(line, UserIdKey, out var user)) userId = user;
            else if (organisation is null && TryReadValue(line, OrganisationKey, out var organisationName)) organisation = organisationName;
            else return new TrailedMessage(text, null, null);
        }
        return userId is null ? new TrailedMessage(text, null, null) : new TrailedMessage(body.TrimEnd(), userId, organisation);
    }

    private static bool TryReadValue(string line, string key, out string value)
    {
        var prefix = key + ": ";
        if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length)
        {
            value = line[prefix.Length..];
            return true;
        }
        value = "";
        return false;
    }
}
