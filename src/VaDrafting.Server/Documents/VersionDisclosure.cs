using VaDrafting.Core.Access;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Storage;

namespace VaDrafting.Server.Documents;

/// <summary>
/// What a viewer may learn about each version. Contributors and observers write only through consultations,
/// where other organisations' comments and drafts may be private (closed rounds, delegation drafts); the
/// history must not reveal who commented where. So a version written by a contributor or observer of another
/// organisation shows as "a participant" with a neutral description, to everyone. Coordinators' versions and
/// one's own organisation's are shown as they are. The history and the live updates both disclose through here.
/// </summary>
public sealed class VersionDisclosure(IDocumentStore store, PeopleDirectory directory)
{
    public const string ParticipantId = "participant";
    public const string ParticipantName = "A participant";
    public const string ParticipantMessage = "Consultation contribution";

    /// <summary>Someone of no organisation who wrote nothing: sees every version as everyone outside its author's organisation does.</summary>
    private static readonly Actor Outsider = new("", "", null, null);

    /// <summary>The disclosure for one viewer, reading the document's current access list once.</summary>
    public Func<VersionInfo, VersionInfo> For(string documentId, Actor viewer)
    {
        var json = store.ReadFile(documentId, "HEAD", DocumentJson.AccessPath);
        if (json is null) return version => version;
        var access = DocumentJson.DeserializeAccess(json);
        return version =>
        {
            if (version.AuthorId == viewer.UserId) return version;
            var authorOrganisation = AuthorOrganisation(version);
            if (authorOrganisation is not null && authorOrganisation == viewer.OrganisationId) return version;
            var role = access.RoleOf(version.AuthorId, authorOrganisation);
            if (role is not (DocumentRole.Contributor or DocumentRole.Observer)) return version;
            return version with
            {
                AuthorId = ParticipantId,
                AuthorName = ParticipantName,
                Organisation = null,
                Message = ParticipantMessage,
            };
        };
    }

    /// <summary>The version as everyone outside its author's organisation sees it (masked or as it is).</summary>
    public VersionInfo ForOutsiders(string documentId, VersionInfo version) => For(documentId, Outsider)(version);

    /// <summary>The organisation of the version's author in the directory; null when the directory does not place them in one.</summary>
    public string? AuthorOrganisation(VersionInfo version) => directory.FindPerson(version.AuthorId)?.OrganisationId;
}
