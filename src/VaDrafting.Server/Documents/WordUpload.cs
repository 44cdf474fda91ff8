using VaDrafting.Server.Hosting;

namespace VaDrafting.Server.Documents;

/// <summary>A Word file read from a multipart request into memory, within the size limit.</summary>
public sealed record WordUpload(string FileName, string? Title, MemoryStream Content)
{
    public static async Task<WordUpload> ReadAsync(HttpRequest request, UploadOptions limits, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new InvalidDraftingRequestException("Send the Word file as multipart/form-data in a field named 'file'.");
        }
        if (request.ContentLength > limits.MaxFileBytes + 64 * 1024)
        {
            throw new UploadTooLargeException(limits.MaxFileBytes);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file")
            ?? throw new InvalidDraftingRequestException("The request has no file: send the Word document in a field named 'file'.");
        if (file.Length == 0) throw new InvalidDraftingRequestException("The file is empty.");
        if (file.Length > limits.MaxFileBytes) throw new UploadTooLargeException(limits.MaxFileBytes);
        if (!file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDraftingRequestException("Only Word documents (.docx) can be imported.");
        }

        var content = new MemoryStream((int)file.Length);
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(content, cancellationToken);
        }
        content.Position = 0;
        var title = form["title"].ToString();
        return new WordUpload(file.FileName, string.IsNullOrWhiteSpace(title) ? null : title, content);
    }
}

public sealed class UploadTooLargeException(long limit)
    : Exception($"The file is larger than the limit of {limit / (1024 * 1024)} MB.");
