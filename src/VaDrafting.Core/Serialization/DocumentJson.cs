using System.Text.Json;
using System.Text.Json.Serialization;
using VaDrafting.Core.Access;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Serialization;

/// <summary>
/// The JSON files stored beside <c>document.md</c>: <c>meta.json</c> and <c>access.json</c>. Indented, one
/// property per line and a stable order, so that <c>git diff</c> on them reads well.
/// </summary>
public static class DocumentJson
{
    public const string MetaPath = "meta.json";
    public const string AccessPath = "access.json";
    public const string DocumentPath = "document.md";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Files are read by people in git, not embedded in HTML: keep accents and dashes as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(DocumentMeta meta) => WithNewline(JsonSerializer.SerializeToUtf8Bytes(meta, Options));

    public static byte[] Serialize(AccessList access) => WithNewline(JsonSerializer.SerializeToUtf8Bytes(access, Options));

    public static DocumentMeta DeserializeMeta(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<DocumentMeta>(json, Options) ?? throw new JsonException("meta.json is empty.");

    public static AccessList DeserializeAccess(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<AccessList>(json, Options) ?? throw new JsonException("access.json is empty.");

    private static byte[] WithNewline(byte[] json) => [.. json, (byte)'\n'];
}
