namespace VaDrafting.Docx.Packaging;

/// <summary>Reads bytes already taken from a stream (to sniff its start), then the rest of that stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ForwardReadStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        var take = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..take].CopyTo(buffer);
        _prefix = _prefix[take..];
        return take;
    }
}
