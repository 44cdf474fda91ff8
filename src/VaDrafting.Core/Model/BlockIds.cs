using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace VaDrafting.Core.Model;

/// <summary>
/// Stable ids of blocks, table rows and footnotes: 4–16 lowercase letters or digits.
/// New ids are 6 characters long, start with a letter and come from a cryptographic random source,
/// so they cannot be guessed from neighbouring ids and practically never collide.
/// </summary>
public static class BlockIds
{
    public const int MinLength = 4;
    public const int MaxLength = 16;
    public const int GeneratedLength = 6;

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string LettersAndDigits = Letters + "0123456789";

    // 26 × 36^5 ≈ 1.6 billion ids: running out of attempts means the caller passed a set that claims to contain everything.
    private const int MaxAttempts = 1000;

    /// <summary>Returns a fresh id that is not in <paramref name="taken"/>.</summary>
    public static string New(IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        Span<char> id = stackalloc char[GeneratedLength];
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            id[0] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
            RandomNumberGenerator.GetItems(LettersAndDigits.AsSpan(), id[1..]);
            var candidate = new string(id);
            if (!taken.Contains(candidate)) return candidate;
        }
        throw new InvalidOperationException($"No free block id found after {MaxAttempts} attempts; the set of taken ids rejects every candidate.");
    }

    /// <summary>True when <paramref name="id"/> is 4–16 characters of <c>[a-z0-9]</c>.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id)
    {
        if (id is null || id.Length is < MinLength or > MaxLength) return false;
        foreach (var c in id)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }
}
