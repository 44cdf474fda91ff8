using System.Text.RegularExpressions;
using Xunit;

namespace VaDrafting.Docx.Tests.Quality;

/// <summary>
/// pandoc as an independent reader of tracked changes and comments: the plain text of a .docx with its changes
/// accepted ("accept"), rejected ("reject") or all shown with comments ("all").
/// </summary>
public static partial class Pandoc
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private static readonly HashSet<string> TrackChanges = new(StringComparer.Ordinal) { "accept", "reject", "all" };

    public static async Task<string> PlainTextAsync(byte[] docx, string trackChanges, CancellationToken cancellationToken) =>
        await ConvertAsync(docx, trackChanges, "plain", cancellationToken);

    /// <summary>pandoc's output in another format (e.g. "markdown", which shows comments and changes as spans with their authors).</summary>
    public static async Task<string> ConvertAsync(byte[] docx, string trackChanges, string to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (!TrackChanges.Contains(trackChanges))
            throw new ArgumentException($"--track-changes takes accept, reject or all, not '{trackChanges}'.", nameof(trackChanges));
        var pandoc = ExternalTool.Require("pandoc", "pandoc");

        var work = Directory.CreateTempSubdirectory("va-pandoc-");
        try
        {
            var input = Path.Combine(work.FullName, "input.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var result = await ExternalTool.RunAsync(pandoc,
                ["--from", "docx", "--to", to, "--wrap", "none", "--track-changes=" + trackChanges, input], Timeout, cancellationToken);
            Assert.True(result.ExitCode == 0, $"pandoc failed (exit {result.ExitCode}): {result.Error}");
            return result.Output;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The words of a text (runs of letters and digits), for comparing what two readers see regardless of layout. List
    /// markers pandoc puts at the start of lines ("2.", "a.", "iv.") are layout, not words, and are left out: pandoc does not
    /// apply <c>w:pPrChange</c>, so a list item whose kind changed keeps its new marker when changes are rejected.
    /// </summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(ListMarker().Replace(text, "")).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[ \t]*(?:\d+|[a-z]|[ivxlc]+)[.)][ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();
}
