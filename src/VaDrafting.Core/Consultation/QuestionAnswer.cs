namespace VaDrafting.Core.Consultation;

/// <summary>An organisation's answer to a <see cref="RoundQuestion"/>: one per organisation and question, last written by <see cref="AuthorId"/>.</summary>
public sealed record QuestionAnswer(string QuestionId, string OrganisationId, string Text, string AuthorId, DateTimeOffset Updated)
{
    /// <exception cref="ConsultationException">An id or the text breaks its rule.</exception>
    public static QuestionAnswer Create(string questionId, string organisationId, string text, string authorId, DateTimeOffset updated) =>
        new(ConsultationIds.Ensure(questionId, "question"), ConsultationIds.EnsureExternal(organisationId, "organisation"),
            ConsultationText.EnsureMultiline(text, "answer", ConsultationText.MaxAnswerLength), ConsultationIds.EnsureExternal(authorId, "author"), updated);

    /// <summary>
    /// <paramref name="answers"/> with <paramref name="answer"/> in place of the same organisation's earlier answer to the
    /// same question (or added at the end), keeping one answer per organisation per question.
    /// </summary>
    public static IReadOnlyList<QuestionAnswer> Put(IReadOnlyList<QuestionAnswer> answers, QuestionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(answer);
        var result = answers.ToList();
        var index = result.FindIndex(a => a.QuestionId == answer.QuestionId && a.OrganisationId == answer.OrganisationId);
        if (index >= 0) result[index] = answer;
        else result.Add(answer);
        return result;
    }
}
