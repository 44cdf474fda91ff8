using VaDrafting.Core.Access;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;
using VaDrafting.Storage;

namespace VaDrafting.Server.Consultation;

public sealed record FocalPointPersonView(string Id, string Name, string Title, bool FocalPoint);

/// <summary>An organisation taking part in the document's consultations, with its people and which of them are focal points.</summary>
public sealed record OrganisationFocalPointsView(string OrganisationId, string OrganisationName, IReadOnlyList<FocalPointPersonView> People);

public sealed record FocalPointsRequest(IReadOnlyList<string>? UserIds);

/// <summary>
/// The document's register of focal points: per organisation, the people who consolidate its draft comments and
/// submit them to a round as its position. It lives in <c>access.json</c>; everyone who reads the document sees it,
/// coordinators change it.
/// </summary>
public sealed class FocalPointRegister(IDocumentStore store, DocumentService documents, PeopleDirectory directory, IDocumentEvents events)
{
    public const int MaxFocalPointsPerOrganisation = 20;

    public IReadOnlyList<OrganisationFocalPointsView> List(string documentId, Actor actor)
    {
        documents.RequireRole(documentId, actor, DocumentAction.Read);
        var access = documents.AccessAtHead(documentId) ?? AccessList.Empty;
        return [.. TakingPart(access).Select(o => ToView(o, access))];
    }

    public async Task<OrganisationFocalPointsView> PutAsync(
        string documentId, string organisationId, IReadOnlyList<string>? userIds, Actor actor, CancellationToken cancellationToken)
    {
        documents.RequireRole(documentId, actor, DocumentAction.ManageAccess);
        var head = store.Resolve(documentId, "HEAD");
        var access = DocumentJson.DeserializeAccess(store.ReadFile(documentId, head.CommitId, DocumentJson.AccessPath) ?? []);
        var organisation = TakingPart(access).FirstOrDefault(o => o.Id == organisationId)
            ?? throw new InvalidDraftingRequestException($"'{organisationId}' is not an organisation taking part in this document's consultations.");
        var chosen = userIds ?? throw new InvalidDraftingRequestException("List the focal points (userIds); an empty list removes them all.");
        if (chosen.Count > MaxFocalPointsPerOrganisation)
            throw new InvalidDraftingRequestException($"An organisation may have at most {MaxFocalPointsPerOrganisation} focal points.");
        var people = chosen.Distinct(StringComparer.Ordinal).Select(id =>
        {
            var person = directory.FindPerson(id);
            if (person is null || person.OrganisationId != organisationId)
                throw new InvalidDraftingRequestException($"'{id}' is not a member of {organisation.Name}.");
            return person;
        }).ToList();
        var changed = access.WithFocalPoints(organisationId, people.Select(p => p.Id));
        var names = people.Count == 0 ? "none" : string.Join(", ", people.Select(p => p.Name));
        var version = await store.CommitAsync(documentId, head.CommitId, new Dictionary<string, byte[]?> { [DocumentJson.AccessPath] = DocumentJson.Serialize(changed) },
            actor.AsCommitAuthor(), $"Register the focal points of {organisation.Name}: {names}", cancellationToken);
        await events.VersionAddedAsync(documentId, version, textChanged: false);
        return ToView(organisation, changed);
    }

    /// <summary>Organisations that write in the document's rounds: those granted contributor or coordinator.</summary>
    private IEnumerable<Organisation> TakingPart(AccessList access) =>
        access.Organisations
            .Where(g => g.Role is DocumentRole.Contributor or DocumentRole.Coordinator)
            .Select(g => directory.FindOrganisation(g.OrganisationId))
            .OfType<Organisation>();

    private OrganisationFocalPointsView ToView(Organisation organisation, AccessList access)
    {
        var focalPoints = access.FocalPointsOf(organisation.Id);
        var known = directory.PeopleOf(organisation.Id).Select(p => new FocalPointPersonView(p.Id, p.Name, p.Title, focalPoints.Contains(p.Id))).ToList();
        var unknown = focalPoints.Where(id => known.All(p => p.Id != id)).Order(StringComparer.Ordinal)
            .Select(id => new FocalPointPersonView(id, id, "", true));
        return new OrganisationFocalPointsView(organisation.Id, organisation.Name, [.. known, .. unknown]);
    }
}
