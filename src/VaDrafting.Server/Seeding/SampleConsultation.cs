using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Seeding;

/// <summary>
/// A consultation under way on the sample guidance, so that a new local installation shows the whole cycle: the
/// secretariat circulates the text, a co-coordinator opens a round with two questions, and delegations comment,
/// propose text, draft within their delegation and answer. Every step goes through the same services as the API,
/// acting as the demo people; nothing happens when the directory does not know them.
/// </summary>
public sealed class SampleConsultation(DocumentService documents, ConsultationService consultation, PeopleDirectory directory, TimeProvider time)
{
    private static readonly string[] Cast =
        ["claire-dubois", "ana-moreno", "vilay-phommachanh", "grace-okello", "elira-dervishi", "layla-haddad"];

    public bool CanPlay => Cast.All(id => directory.FindPerson(id) is not null);

    public async Task PlayAsync(string documentId, CancellationToken cancellationToken)
    {
        var secretariat = Actor("claire-dubois");
        var coordinator = Actor("ana-moreno");
        var circulated = await documents.CirculateAsync(documentId, "v1 – revised draft for consultation",
            "Revised draft of the guidance, for comments by States Parties, survivors' organisations and partners.", null, secretariat, cancellationToken);
        var text = documents.Read(documentId, "HEAD", coordinator).Content;
        var round = await consultation.OpenRoundAsync(documentId, new OpenRoundRequest(
            "Consultation on the revised draft", circulated.Name, null, time.GetUtcNow().AddDays(28), "Europe/Geneva", null,
            RoundVisibility.Open, DirectSubmission: false,
            [
                new QuestionRequest("What stands in the way of adopting or renewing a national action plan that covers victim assistance in your country?", "aue1b2"),
                new QuestionRequest("Which of the indicators in this section could your ministries report on every year?", "so9txt"),
            ]), coordinator, cancellationToken);

        await CommentAsync(documentId, round.Id, text, "vilay-phommachanh", "a national referral pathway",
            "Our provincial offices use such a pathway; it only works when it is published in the languages people speak.",
            CommentType.Substantive, "a national referral pathway, published in the national languages,", cancellationToken);
        await CommentAsync(documentId, round.Id, text, "grace-okello", "Survivors and other victims know better than anyone",
            "Please name survivors' own organisations here, not only survivors as individuals: they are the ones invited to planning meetings.",
            CommentType.General, null, cancellationToken);
        await CommentAsync(documentId, round.Id, text, "elira-dervishi", "up-to-date directory of available services",
            "Draft for our delegation: the directory should also say how long people wait for each service.",
            CommentType.Editorial, null, cancellationToken);
        await consultation.PutAnswerAsync(documentId, round.Id, new AnswerRequest(round.Questions[0].Id,
            "The plan expired and its renewal waits for the new disability strategy; the two should be adopted together."),
            Actor("layla-haddad"), cancellationToken);
    }

    private async Task CommentAsync(
        string documentId, string roundId, DraftDocument text, string person, string passage, string comment, CommentType type, string? proposal,
        CancellationToken cancellationToken)
    {
        var (blockId, start) = Find(text, passage);
        await consultation.OpenThreadAsync(documentId,
            new NewThreadRequest(roundId, blockId, start, start + passage.Length, type, comment, proposal, null), Actor(person), cancellationToken);
    }

    private static (string BlockId, int Start) Find(DraftDocument text, string passage)
    {
        foreach (var block in text.Blocks)
        {
            var at = AnchorText.Of(block).IndexOf(passage, StringComparison.Ordinal);
            if (at >= 0) return (block.Id, at);
        }
        throw new InvalidOperationException($"The sample guidance no longer contains “{passage}”.");
    }

    private Actor Actor(string userId)
    {
        var person = directory.FindPerson(userId) ?? throw new InvalidOperationException($"The directory has no '{userId}'.");
        return new Actor(person.Id, person.Name, person.OrganisationId, directory.FindOrganisation(person.OrganisationId)?.Name);
    }
}
