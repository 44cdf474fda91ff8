using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Server.Consultation;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

/// <summary>
/// What the services tell the people following a document live, after a write has been committed. Each event
/// reaches only those allowed to see it. Publishing never throws: a failure is logged, the write stands.
/// </summary>
public interface IDocumentEvents
{
    Task VersionAddedAsync(string documentId, VersionInfo version, bool textChanged);

    /// <summary>
    /// Block <paramref name="blockId"/> of <paramref name="content"/> (the document at <paramref name="version"/>) was
    /// edited; this also announces the version, so a text edit needs no <see cref="VersionAddedAsync"/>.
    /// </summary>
    Task BlockChangedAsync(string documentId, VersionInfo version, DraftDocument content, string blockId);

    /// <summary>A thread was opened or changed; <paramref name="view"/> is what the request returned.</summary>
    Task ThreadChangedAsync(string documentId, Round round, CommentThread thread, ThreadView view);

    /// <summary>A draft left the round (dropped, or merged into another); <paramref name="thread"/> is the thread as it was.</summary>
    Task ThreadRemovedAsync(string documentId, Round round, CommentThread thread);

    Task RoundChangedAsync(string documentId, RoundView round);

    Task AnswerChangedAsync(string documentId, Round round, QuestionAnswer answer, AnswerView view);
}
