using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Consultation;

/// <summary>A small round, document and thread shared by the consultation tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Opens = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Closes = new(2026, 4, 30, 17, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset During = Opens.AddDays(10);

    public static readonly DraftDocument Document = Of(
        new HeadingBlock("head01", 2, C("Referral pathways")),
        P("para01", "Each State should map the services available to survivors and publish the map."));

    public static Round Round(RoundVisibility visibility = RoundVisibility.Open, bool directSubmission = false) =>
        global::VaDrafting.Core.Consultation.Round.Create("round1", "First consultation on the revised guidance", "v2-circulated", Opens, Closes, "Europe/Zurich",
            ["org-lao", "org-iraq"], visibility, directSubmission, [RoundQuestion.Create("ques01", "Is the section on data clear?", "head01")]);

    public static Comment Comment(string id = "com001", string organisation = "org-lao", string text = "Please mention community-based services.") =>
        global::VaDrafting.Core.Consultation.Comment.Create(id, "user-1", "Somchai P.", organisation, During, text);

    public static CommentThread Thread(ThreadStage stage = ThreadStage.Submitted, string organisation = "org-lao", ProposedChange? proposal = null) =>
        CommentThread.Create("thr001", "round1", TextAnchor.Create(Document, "para01", 18, 44), CommentType.Substantive,
            Comment(organisation: organisation), proposal, stage);
}
