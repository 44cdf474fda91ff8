namespace VaDrafting.Core.Model;

/// <summary>What <c>meta.json</c> holds: the document's title, its official symbol and its languages.</summary>
public sealed record DocumentMeta(string Title, string? Symbol, IReadOnlyList<string> Languages)
{
    public bool Equals(DocumentMeta? other) =>
        other is not null && Title == other.Title && Symbol == other.Symbol && Languages.SequenceEqual(other.Languages);

    public override int GetHashCode() => HashCode.Combine(Title, Symbol, Languages.Count);
}
