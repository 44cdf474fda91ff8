namespace VaDrafting.Server.Export;

/// <summary>A file a document can be exported as: the value of <c>format</c>, its media type, extension and what it holds.</summary>
public sealed record ExportFormat(string Name, string ContentType, string Extension, string Kind, bool NeedsRound)
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly ExportFormat Docx = new("docx", WordType, "docx", "text", false);
    public static readonly ExportFormat Pdf = new("pdf", "application/pdf", "pdf", "text", false);
    public static readonly ExportFormat Redline = new("redline", WordType, "docx", "redline", false);
    public static readonly ExportFormat Review = new("review", WordType, "docx", "review-copy", true);
    public static readonly ExportFormat MatrixDocx = new("matrix-docx", WordType, "docx", "comment-matrix", true);
    public static readonly ExportFormat MatrixXlsx = new("matrix-xlsx", SpreadsheetType, "xlsx", "comment-matrix", true);
    public static readonly ExportFormat Csv = new("csv", "text/csv; charset=utf-8", "csv", "comment-matrix", true);

    public static IReadOnlyList<ExportFormat> All { get; } = [Docx, Pdf, Redline, Review, MatrixDocx, MatrixXlsx, Csv];

    /// <exception cref="Documents.InvalidDraftingRequestException">The format is missing or unknown; the message lists the formats.</exception>
    public static ExportFormat Parse(string? name)
    {
        var wanted = name?.Trim() ?? "";
        return All.FirstOrDefault(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new Documents.InvalidDraftingRequestException(
                $"{(wanted.Length == 0 ? "Choose a format" : $"'{Shorten(wanted)}' is not a format")}; the formats are: {string.Join(", ", All.Select(f => f.Name))}.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
