using System.Security.Cryptography;
using System.Text;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>
/// A block's revision: the first <see cref="Length"/> hex digits of the SHA-256 of its canonical <c>document.md</c>
/// line (<see cref="DocumentMarkdown.WriteBlock"/>). Equal blocks have equal revisions on every machine and in
/// every version; any change of text, marks, kind, level or id gives another revision. A client names the revision
/// it edited, so the server can tell whether the block changed meanwhile.
/// </summary>
public static class BlockRevision
{
    public const int Length = 12;

    /// <summary>The revision of <paramref name="block"/>; throws <see cref="ArgumentException"/> for a block that is not valid.</summary>
    public static string Of(Block block)
    {
        var line = DocumentMarkdown.WriteBlock(block);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(line));
        return Convert.ToHexStringLower(hash)[..Length];
    }
}
