using System.Text;
using System.Text.Json;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Serialization;
using Xunit;
using static VaDrafting.Core.Tests.Consultation.Samples;

namespace VaDrafting.Core.Tests.Serialization;

public class ConsultationJsonTests
{
    private static CommentThread RichThread()
    {
        var decision = Decision.Create(Disposition.AcceptedInPart, "Taken up in section 4 — merci.", "coord-1", "Coordinatrice É.", During.AddDays(30));
        return Thread(proposal: ProposedChange.Create("list the services, 受害者援助 included"))
            .WithReply(global::VaDrafting.Core.Consultation.Comment.Create("com002", "user-2", "Ahmed K.", "org-iraq", During.AddHours(2), "Agreed.\nSee our note."))
            .WithEditedComment("com001", "Please mention community-based services too.", During.AddHours(3), "focal-lao")
            .Decide(decision)
            .MarkApplied("list the services")
            .Reattach(TextAnchor.Create(Document, "para01", 0, 4))
            .Reanchored(new AnchorResolution(AnchorStatus.Fuzzy, TextAnchor.Create(Document, "para01", 18, 30), 0.8));
    }

    [Fact]
    public void Round_RoundTrips()
    {
        var round = Round(RoundVisibility.Closed, directSubmission: true).Close(During);

        var json = ConsultationJson.Serialize(round);

        Assert.Equal(round, ConsultationJson.DeserializeRound(json));
    }

    [Fact]
    public void Thread_RoundTrips_WithRepliesEditsProposalAndDecision()
    {
        var thread = RichThread();

        var json = ConsultationJson.Serialize(thread);

        Assert.Equal(thread, ConsultationJson.DeserializeThread(json));
    }

    [Fact]
    public void DraftThread_RoundTrips()
    {
        var thread = Thread(ThreadStage.Draft);

        Assert.Equal(thread, ConsultationJson.DeserializeThread(ConsultationJson.Serialize(thread)));
    }

    [Fact]
    public void Answers_RoundTrip()
    {
        IReadOnlyList<QuestionAnswer> answers =
        [
            QuestionAnswer.Create("ques01", "org-lao", "Yes — clear.", "user-1", During),
            QuestionAnswer.Create("ques01", "org-iraq", "Mostly.\nOne remark.", "user-2", During.AddDays(1)),
        ];

        Assert.Equal(answers, ConsultationJson.DeserializeAnswers(ConsultationJson.Serialize(answers)));
    }

    [Fact]
    public void Serialize_IsIndentedWithEnumNamesAccentsAndAFinalNewline_AndLeavesOutComputedProperties()
    {
        var text = Encoding.UTF8.GetString(ConsultationJson.Serialize(RichThread()));

        Assert.StartsWith("{\n  \"id\": \"thr001\",\n  \"roundId\": \"round1\",\n  \"anchor\": {", text);
        Assert.Contains("\"disposition\": \"AcceptedInPart\"", text);
        Assert.Contains("Coordinatrice É.", text);
        Assert.Contains("受害者援助", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("lastChanged", text);
        Assert.DoesNotContain("comments\"", text);
        Assert.DoesNotContain("isInsertionPoint", text);
        Assert.DoesNotContain("acceptsProposal", text);
    }

    [Fact]
    public void Paths_FollowTheStorageLayout_AndRefuseUnsafeIds()
    {
        Assert.Equal("threads/thr001.json", ConsultationJson.ThreadPath("thr001"));
        Assert.Equal("rounds/round1.json", ConsultationJson.RoundPath("round1"));
        Assert.Throws<ArgumentException>(() => ConsultationJson.ThreadPath("../../x"));
    }

    [Fact]
    public void Serialize_IsStable()
    {
        Assert.Equal(ConsultationJson.Serialize(RichThread()), ConsultationJson.Serialize(RichThread()));
    }

    [Theory]
    [InlineData("\"closes\": \"2026-04-30T17:00:00+00:00\"", "\"closes\": \"2026-01-01T00:00:00+00:00\"")]
    [InlineData("\"title\": \"First consultation on the revised guidance\"", "\"title\": null")]
    [InlineData("\"baseVersion\": \"v2-circulated\",", "")]
    [InlineData("\"visibility\": \"Open\"", "\"visibility\": \"Secret\"")]
    public void DeserializeRound_RefusesBrokenFiles(string find, string replace)
    {
        var text = Encoding.UTF8.GetString(ConsultationJson.Serialize(Round()));
        Assert.Contains(find, text);

        Assert.ThrowsAny<JsonException>(() => ConsultationJson.DeserializeRound(Encoding.UTF8.GetBytes(text.Replace(find, replace))));
    }

    [Theory]
    [InlineData("\"text\": \"Agreed.\\nSee our note.\"", "\"text\": \"\"")]
    [InlineData("\"id\": \"com002\"", "\"id\": \"com001\"")]
    [InlineData("\"stage\": \"Submitted\"", "\"stage\": 7")]
    [InlineData("\"replacement\": \"list the services, 受害者援助 included\"", "\"replacement\": \"two\\nlines\"")]
    public void DeserializeThread_RefusesBrokenFiles(string find, string replace)
    {
        var text = Encoding.UTF8.GetString(ConsultationJson.Serialize(RichThread()));
        Assert.Contains(find, text);

        Assert.ThrowsAny<JsonException>(() => ConsultationJson.DeserializeThread(Encoding.UTF8.GetBytes(text.Replace(find, replace))));
    }

    [Fact]
    public void DeserializeAnswers_RefusesTwoAnswersOfOneOrganisation()
    {
        var answer = QuestionAnswer.Create("ques01", "org-lao", "Yes.", "user-1", During);

        Assert.ThrowsAny<JsonException>(() => ConsultationJson.DeserializeAnswers(ConsultationJson.Serialize([answer, answer])));
    }
}
