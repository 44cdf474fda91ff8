namespace VaDrafting.Core.Consultation;

/// <summary>
/// An earlier text of a comment, kept when it is edited. <see cref="EditorId"/> is who made the edit when it was not
/// the author (a focal point consolidating their organisation's drafts), null when it was the author.
/// </summary>
public sealed record CommentEdit(DateTimeOffset When, string PreviousText, string? EditorId = null);

/// <summary>
/// One comment of a thread (its opening comment or a reply). <see cref="OrganisationId"/> is the author's
/// organisation, null for someone outside any organisation. <see cref="Edits"/> keeps every earlier text, oldest first.
/// Build one with <see cref="Create"/>, which validates.
/// </summary>
public sealed record Comment(
    string Id,
    string AuthorId,
    string AuthorName,
    string? OrganisationId,
    DateTimeOffset Created,
    string Text,
    IReadOnlyList<CommentEdit> Edits)
{
    /// <summary>A new comment without edits.</summary>
    /// <exception cref="ConsultationException">An id, the author's name or the text breaks its rule.</exception>
    public static Comment Create(string id, string authorId, string authorName, string? organisationId, DateTimeOffset created, string text) =>
        new(ConsultationIds.Ensure(id, "comment"),
            ConsultationIds.EnsureExternal(authorId, "author"),
            ConsultationText.EnsureSingleLine(authorName, "author name", ConsultationText.MaxNameLength),
            organisationId is null ? null : ConsultationIds.EnsureExternal(organisationId, "organisation"),
            created,
            ConsultationText.EnsureMultiline(text, "comment text", ConsultationText.MaxCommentLength),
            []);

    /// <summary>This comment with <paramref name="newText"/>, its current text kept in <see cref="Edits"/> with the editor when it is not the author.</summary>
    /// <exception cref="ConsultationException">The new text breaks the rules, or <paramref name="when"/> is before the last change.</exception>
    public Comment Edit(string newText, DateTimeOffset when, string? editorId = null)
    {
        ConsultationText.EnsureMultiline(newText, "comment text", ConsultationText.MaxCommentLength);
        var lastChange = Edits.Count > 0 ? Edits[^1].When : Created;
        if (when < lastChange) throw new ConsultationException($"An edit at {when:O} cannot come before the comment's last change at {lastChange:O}.");
        var editor = editorId is null || editorId == AuthorId ? null : ConsultationIds.EnsureExternal(editorId, "editor");
        return this with { Text = newText, Edits = [.. Edits, new CommentEdit(when, Text, editor)] };
    }

    /// <summary>When the text was last changed: the last edit, or creation.</summary>
    public DateTimeOffset LastChanged => Edits.Count > 0 ? Edits[^1].When : Created;

    public bool Equals(Comment? other) =>
        other is not null && Id == other.Id && AuthorId == other.AuthorId && AuthorName == other.AuthorName
        && OrganisationId == other.OrganisationId && Created == other.Created && Text == other.Text && Edits.SequenceEqual(other.Edits);

    public override int GetHashCode() => HashCode.Combine(Id, AuthorId, Created, Text, Edits.Count);
}
