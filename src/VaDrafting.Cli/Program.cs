using System.Text;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Docx;

// va import <file.docx> <document.md>   — a Word file to the canonical text (meta.json written beside it)
// va export <document.md> <file.docx>   — the canonical text to a clean Word file (meta.json read from beside it)
return args switch
{
    ["import", var docx, var markdown] => Import(docx, markdown),
    ["export", var markdown, var docx] => Export(markdown, docx),
    _ => Usage(),
};

static int Import(string docxPath, string markdownPath)
{
    using var input = File.OpenRead(docxPath);
    var result = DocxImporter.Import(input, new DocxLimits());
    File.WriteAllText(markdownPath, DocumentMarkdown.Write(result.Document), new UTF8Encoding(false));
    var meta = result.Meta ?? new DocumentMeta(Path.GetFileNameWithoutExtension(docxPath), null, ["en"]);
    File.WriteAllBytes(MetaPathBeside(markdownPath), DocumentJson.Serialize(meta));
    Console.WriteLine($"{result.Report.BlockCount} blocks, {result.Report.FootnoteCount} footnotes");
    foreach (var issue in result.Report.Unsupported) Console.WriteLine($"not imported: {issue.Kind}: {issue.Description}");
    foreach (var warning in result.Report.Warnings) Console.WriteLine($"warning: {warning}");
    return 0;
}

static int Export(string markdownPath, string docxPath)
{
    var document = DocumentMarkdown.Parse(File.ReadAllText(markdownPath, Encoding.UTF8));
    var metaPath = MetaPathBeside(markdownPath);
    var meta = File.Exists(metaPath)
        ? DocumentJson.DeserializeMeta(File.ReadAllBytes(metaPath))
        : new DocumentMeta(Path.GetFileNameWithoutExtension(markdownPath), null, ["en"]);
    using (var output = File.Create(docxPath))
    {
        DocxWriter.Write(document, meta, output, new DocxWriteOptions());
    }
    Console.WriteLine($"{docxPath}: {document.Blocks.Count} blocks, {document.Footnotes.Count} footnotes");
    return 0;
}

static string MetaPathBeside(string markdownPath)
{
    var folder = Path.GetDirectoryName(Path.GetFullPath(markdownPath))!;
    var sameStem = Path.Combine(folder, Path.GetFileNameWithoutExtension(markdownPath) + ".meta.json");
    return File.Exists(sameStem) ? sameStem : Path.Combine(folder, "meta.json");
}

static int Usage()
{
    Console.Error.WriteLine("usage: va import <file.docx> <document.md> | va export <document.md> <file.docx>");
    return 2;
}
