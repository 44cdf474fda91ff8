using System.Text;

namespace VaDrafting.Docx.Packaging;

/// <summary>
/// Finds <c>&lt;!DOCTYPE</c> or <c>&lt;!ENTITY</c> in a byte stream fed in chunks, in UTF-8 and UTF-16
/// (either byte order), including matches that straddle two chunks.
/// </summary>
internal sealed class DeclarationScanner
{
    private static readonly byte[][] Patterns = BuildPatterns();
    private static readonly int Overlap = Patterns.Max(p => p.Length) - 1;

    private readonly byte[] _carry = new byte[Overlap];
    private readonly byte[] _seam = new byte[Overlap * 2];
    private int _carryLength;

    public bool Found { get; private set; }

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        if (Found || chunk.IsEmpty) return;

        var head = chunk[..Math.Min(chunk.Length, Overlap)];
        _carry.AsSpan(0, _carryLength).CopyTo(_seam);
        head.CopyTo(_seam.AsSpan(_carryLength));
        if (ContainsAny(_seam.AsSpan(0, _carryLength + head.Length)) || ContainsAny(chunk))
        {
            Found = true;
            return;
        }
        Remember(chunk);
    }

    private void Remember(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= Overlap)
        {
            chunk[^Overlap..].CopyTo(_carry);
            _carryLength = Overlap;
            return;
        }
        var keep = Math.Min(_carryLength, Overlap - chunk.Length);
        _carry.AsSpan(_carryLength - keep, keep).CopyTo(_carry);
        chunk.CopyTo(_carry.AsSpan(keep));
        _carryLength = keep + chunk.Length;
    }

    private static bool ContainsAny(ReadOnlySpan<byte> data)
    {
        // Every pattern starts with '<' in some encoding; skip the work when there is no '<' byte at all.
        if (data.IndexOf((byte)'<') < 0) return false;
        foreach (var pattern in Patterns)
        {
            if (data.IndexOf(pattern) >= 0) return true;
        }
        return false;
    }

    private static byte[][] BuildPatterns()
    {
        string[] declarations = ["<!DOCTYPE", "<!ENTITY"];
        return
        [
            .. declarations.Select(Encoding.UTF8.GetBytes),
            .. declarations.Select(Encoding.Unicode.GetBytes),
            .. declarations.Select(Encoding.BigEndianUnicode.GetBytes),
        ];
    }
}
