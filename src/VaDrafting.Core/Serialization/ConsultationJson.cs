using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VaDrafting.Core.Consultation;

namespace VaDrafting.Core.Serialization;

/// <summary>
/// JSON for consultation rounds, threads and answers, in the style of <see cref="DocumentJson"/>: indented, properties
/// in declaration order, enums as names, accents kept as they are. Only the values a record is constructed from are
/// written (computed properties such as <see cref="Comment.LastChanged"/> are left out). Reading checks the values
/// with the model's own rules and throws <see cref="JsonException"/> when the file is malformed or breaks one.
/// </summary>
public static class ConsultationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepConstructorParametersOnly } },
    };

    public const string ThreadsFolder = "threads";
    public const string RoundsFolder = "rounds";

    /// <summary>Where a thread is stored in the document's tree: <c>threads/&lt;id&gt;.json</c>.</summary>
    public static string ThreadPath(string threadId) => $"{ThreadsFolder}/{SafeId(threadId)}.json";

    /// <summary>Where a round is stored in the document's tree: <c>rounds/&lt;id&gt;.json</c>.</summary>
    public static string RoundPath(string roundId) => $"{RoundsFolder}/{SafeId(roundId)}.json";

    private static string SafeId(string id) =>
        Model.BlockIds.IsValid(id) ? id : throw new ArgumentException($"'{id}' is not a valid id for a file name.", nameof(id));

    public static byte[] Serialize(Round round) => WithNewline(JsonSerializer.SerializeToUtf8Bytes(round, Options));

    public static byte[] Serialize(CommentThread thread) => WithNewline(JsonSerializer.SerializeToUtf8Bytes(thread, Options));

    public static byte[] Serialize(IReadOnlyList<QuestionAnswer> answers) => WithNewline(JsonSerializer.SerializeToUtf8Bytes(answers, Options));

    public static Round DeserializeRound(ReadOnlySpan<byte> json)
    {
        var round = Read<Round>(json, "round");
        return Checked("round", () =>
        {
            var created = Round.Create(round.Id, round.Title, round.BaseVersion, round.Opens, round.Closes, round.TimeZone,
                round.InvitedOrganisationIds, round.Visibility, round.DirectSubmission, round.Questions);
            return created with { ClosedAt = round.ClosedAt };
        });
    }

    public static CommentThread DeserializeThread(ReadOnlySpan<byte> json)
    {
        var thread = Read<CommentThread>(json, "thread");
        return Checked("thread", () =>
        {
            var created = CommentThread.Create(thread.Id, thread.RoundId, thread.Anchor, thread.Type, CheckedComment(thread.Opening), thread.Proposal, ThreadStage.Draft);
            foreach (var reply in thread.Replies) created = created.WithReply(CheckedComment(reply));
            if (!Enum.IsDefined(thread.AnchorStatus) || !Enum.IsDefined(thread.Status) || !Enum.IsDefined(thread.Stage))
                throw new ConsultationException("A status of the thread is not a known value.");
            if (thread.Decision is { } decision)
                Decision.Create(decision.Disposition, decision.Response, decision.DecidedById, decision.DecidedByName, decision.When);
            return thread;
        });
    }

    public static IReadOnlyList<QuestionAnswer> DeserializeAnswers(ReadOnlySpan<byte> json)
    {
        var answers = Read<List<QuestionAnswer>>(json, "answers");
        return Checked<IReadOnlyList<QuestionAnswer>>("answers", () =>
        {
            foreach (var answer in answers)
            {
                if (answer is null) throw new ConsultationException("An answer is null.");
                QuestionAnswer.Create(answer.QuestionId, answer.OrganisationId, answer.Text, answer.AuthorId, answer.Updated);
            }
            if (answers.DistinctBy(a => (a.QuestionId, a.OrganisationId)).Count() != answers.Count)
                throw new ConsultationException("An organisation has two answers to one question.");
            return answers;
        });
    }

    private static Comment CheckedComment(Comment? comment)
    {
        if (comment is null) throw new ConsultationException("A comment is null.");
        var checkedComment = Comment.Create(comment.Id, comment.AuthorId, comment.AuthorName, comment.OrganisationId, comment.Created, comment.Text);
        foreach (var edit in comment.Edits ?? throw new ConsultationException($"Comment '{comment.Id}' has no edit list."))
        {
            if (edit is null) throw new ConsultationException($"Comment '{comment.Id}' has a null edit.");
            ConsultationText.EnsureMultiline(edit.PreviousText, "earlier comment text", ConsultationText.MaxCommentLength);
        }
        return checkedComment;
    }

    private static T Read<T>(ReadOnlySpan<byte> json, string what) where T : class =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The {what} file is empty.");

    private static T Checked<T>(string what, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (Exception error) when (error is ConsultationException or Anchoring.AnchorException or ArgumentNullException)
        {
            throw new JsonException($"The {what} file holds a value that breaks a rule: {error.Message}", error);
        }
    }

    /// <summary>Writes only the properties a record is built from, leaving out computed ones.</summary>
    private static void KeepConstructorParametersOnly(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace is not { } ns || !ns.StartsWith("VaDrafting.Core", StringComparison.Ordinal)) return;
        var parameters = info.Type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .First().GetParameters()
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (!parameters.Contains(info.Properties[i].Name)) info.Properties.RemoveAt(i);
        }
    }

    private static byte[] WithNewline(byte[] json) => [.. json, (byte)'\n'];
}
