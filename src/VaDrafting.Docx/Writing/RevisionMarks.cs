using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// Hands out the revision elements of one package: one counter for every <c>w:id</c> of insertions, deletions, moves
/// and property changes, the author as "Name (Organisation)" and the date in UTC to the second.
/// </summary>
internal sealed class RevisionMarks(RevisionStamp fallback)
{
    private int _revisions;
    private int _moves;

    public RevisionStamp Fallback { get; } = fallback;

    public static string AuthorOf(RevisionStamp stamp) =>
        string.IsNullOrWhiteSpace(stamp.Organisation) ? stamp.AuthorName : $"{stamp.AuthorName} ({stamp.Organisation})";

    public static DateTime DateOf(DateTimeOffset when)
    {
        var utc = when.UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    /// <summary>A new revision element of type <typeparamref name="T"/> with the next id and the stamp's author and date.</summary>
    public T New<T>(RevisionStamp? stamp) where T : OpenXmlElement, new()
    {
        var by = stamp ?? Fallback;
        var element = new T();
        element.SetAttribute(new OpenXmlAttribute("w", "id", W, NextId()));
        element.SetAttribute(new OpenXmlAttribute("w", "author", W, AuthorOf(by)));
        element.SetAttribute(new OpenXmlAttribute("w", "date", W, DateOf(by.When).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        return element;
    }

    /// <summary>The two range markers around the source of a move and those around its destination, sharing one new name.</summary>
    public (MoveFromRangeStart FromStart, MoveFromRangeEnd FromEnd, MoveToRangeStart ToStart, MoveToRangeEnd ToEnd) MoveRanges(RevisionStamp? stamp)
    {
        var name = "move" + (++_moves).ToString(CultureInfo.InvariantCulture);
        var fromStart = New<MoveFromRangeStart>(stamp);
        fromStart.Name = name;
        var toStart = New<MoveToRangeStart>(stamp);
        toStart.Name = name;
        return (fromStart, new MoveFromRangeEnd { Id = fromStart.Id!.Value }, toStart, new MoveToRangeEnd { Id = toStart.Id!.Value });
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private string NextId() => (++_revisions).ToString(CultureInfo.InvariantCulture);
}
