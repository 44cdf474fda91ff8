namespace VaDrafting.Docx.Packaging;

/// <summary>Passes reads through and keeps a copy of everything read (to parse a small part after checking it).</summary>
internal sealed class CopyingStream(Stream source, Stream copy) : ForwardReadStream
{
    public override int Read(Span<byte> buffer)
    {
        var read = source.Read(buffer);
        copy.Write(buffer[..read]);
        return read;
    }
}
