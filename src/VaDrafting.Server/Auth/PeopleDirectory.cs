using VaDrafting.Core.Access;

namespace VaDrafting.Server.Auth;

/// <summary>An organisation taking part: a State Party, the secretariat, an NGO, another convention's body.</summary>
public sealed record Organisation(string Id, string Name, string Kind, DocumentRole DefaultRole);

/// <summary>
/// A person known to the service, with the organisation they speak for. <see cref="FocalPoint"/> makes them one of
/// its focal points on every new document (each document keeps its own register, which coordinators change).
/// </summary>
public sealed record Person(string Id, string Name, string? OrganisationId, string Title, bool FocalPoint = false);

/// <summary>What the directory file holds.</summary>
public sealed record DirectoryData(IReadOnlyList<Organisation> Organisations, IReadOnlyList<Person> People);

/// <summary>
/// Who is who: people (by their stable user id, Entra's <c>oid</c>) and their organisations.
/// The working group's default grants for new documents come from the organisations' default roles.
/// </summary>
public sealed class PeopleDirectory(DirectoryData data)
{
    private readonly Dictionary<string, Person> _people = data.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Organisation> _organisations = data.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);

    public IReadOnlyList<Person> People => data.People;

    public IReadOnlyList<Organisation> Organisations => data.Organisations;

    public Person? FindPerson(string userId) => _people.GetValueOrDefault(userId);

    public Organisation? FindOrganisation(string? organisationId) =>
        organisationId is null ? null : _organisations.GetValueOrDefault(organisationId);

    public IEnumerable<Person> PeopleOf(string organisationId) => data.People.Where(p => p.OrganisationId == organisationId);

    /// <summary>The grants every new document starts with: each organisation at its default role, and the focal points the directory names.</summary>
    public AccessList DefaultAccess() =>
        new AccessList([], [.. data.Organisations.Select(o => new OrganisationGrant(o.Id, o.DefaultRole))])
        {
            FocalPoints = [.. data.People.Where(p => p.FocalPoint && p.OrganisationId is not null).Select(p => new FocalPointGrant(p.OrganisationId!, p.Id))],
        };
}
