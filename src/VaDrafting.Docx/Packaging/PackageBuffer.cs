namespace VaDrafting.Docx.Packaging;

/// <summary>Gives zip readers what they need — a seekable stream starting at the package's first byte — without unbounded copies.</summary>
internal static class PackageBuffer
{
    /// <summary>
    /// Returns <paramref name="input"/> itself when it is seekable and positioned at 0; otherwise copies it into
    /// memory, refusing more than <see cref="DocxLimits.MaxPackageBytes"/>. <paramref name="owned"/> tells whether
    /// the caller must dispose the result.
    /// </summary>
    public static Stream Seekable(Stream input, DocxLimits limits, out bool owned)
    {
        if (input.CanSeek && input.Position == 0)
        {
            if (input.Length > limits.MaxPackageBytes) throw new DocxRejectedException(Rejections.TooLarge(limits.MaxPackageBytes));
            owned = false;
            return input;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limits.MaxPackageBytes)
            {
                copy.Dispose();
                throw new DocxRejectedException(Rejections.TooLarge(limits.MaxPackageBytes));
            }
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        owned = true;
        return copy;
    }
}
