namespace VaDrafting.Docx;

/// <summary>
/// An uploaded Word file was refused: it is not a .docx, it is damaged, or it is hostile (zip bomb,
/// macros, document type declarations). <see cref="Exception.Message"/> is a sentence for the person
/// who uploaded it.
/// </summary>
public sealed class DocxRejectedException(string reason) : Exception(reason)
{
    public string Reason => Message;
}
