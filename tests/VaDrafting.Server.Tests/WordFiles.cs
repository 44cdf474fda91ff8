using System.IO.Compression;
using System.Text;
using VaDrafting.Core.Model;
using VaDrafting.Docx;

namespace VaDrafting.Server.Tests;

/// <summary>Word files for the tests: real ones written by the Docx writer, and broken or hostile ones.</summary>
public static class WordFiles
{
    public static DraftDocument SmallGuidance(string lastParagraph = "Progress is measured against the national action plan.") => new(
        [
            new HeadingBlock("hintro", 1, InlineContent.FromText("Introduction")),
            new ParagraphBlock("pscope", InlineContent.Of(
                new TextInline("This guidance helps "),
                new TextInline("affected States", TextMarks.Bold),
                new TextInline(" plan victim assistance."),
                new FootnoteRefInline("fnlap"))),
            new HeadingBlock("hpart1", 2, InlineContent.FromText("Part I. Affected States")),
            new ListItemBlock("nfocal", ListKind.Numbered, 0, InlineContent.FromText("Designate a national focal point.")),
            new ListItemBlock("bhealth", ListKind.Bulleted, 1, InlineContent.FromText("Ministry of Health")),
            new TableBlock("tindic",
                new TableRow("tindic", [InlineContent.FromText("Action"), InlineContent.FromText("Indicator")]),
                [new TableRow("rowa31", [InlineContent.FromText("33"), InlineContent.FromText("Plan adopted")])]),
            new ParagraphBlock("plast", InlineContent.FromText(lastParagraph)),
        ],
        [new Footnote("fnlap", InlineContent.FromText("Lausanne Action Plan, Action 33."))]);

    public static byte[] Docx(DraftDocument document, string title = "Guidance on victim assistance")
    {
        using var output = new MemoryStream();
        DocxWriter.Write(document, new DocumentMeta(title, "CCM/MSP/2026/WP.1", ["en"]), output, new DocxWriteOptions());
        return output.ToArray();
    }

    public static byte[] NotAZip() => Encoding.UTF8.GetBytes("This is plain text pretending to be a Word document.");

    public static byte[] Truncated() => Docx(SmallGuidance())[..400];

    /// <summary>A package whose one entry expands to <paramref name="expandedBytes"/> of zeros (a small zip bomb).</summary>
    public static byte[] ZipBomb(int expandedBytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[64 * 1024];
            for (var written = 0; written < expandedBytes; written += zeros.Length) stream.Write(zeros);
        }
        return output.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
