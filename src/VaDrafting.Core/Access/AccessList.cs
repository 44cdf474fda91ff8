namespace VaDrafting.Core.Access;

/// <summary>A role granted to one person on a document.</summary>
public sealed record MemberGrant(string UserId, DocumentRole Role);

/// <summary>A role granted to every member of an organisation on a document.</summary>
public sealed record OrganisationGrant(string OrganisationId, DocumentRole Role);

/// <summary>A person registered as a focal point of their organisation: they speak for it in consultation rounds.</summary>
public sealed record FocalPointGrant(string OrganisationId, string UserId);

/// <summary>
/// What <c>access.json</c> holds: who may do what on a document. A person's own grant wins over
/// their organisation's; someone with neither has no access at all (the document does not exist for them).
/// <see cref="FocalPoints"/> is the register of each organisation's focal points, who consolidate and submit its
/// comments in a round.
/// </summary>
public sealed record AccessList(IReadOnlyList<MemberGrant> Members, IReadOnlyList<OrganisationGrant> Organisations)
{
    public static AccessList Empty { get; } = new([], []);

    public IReadOnlyList<FocalPointGrant> FocalPoints { get; init; } = [];

    /// <summary>The user ids registered as focal points of <paramref name="organisationId"/>.</summary>
    public IReadOnlySet<string> FocalPointsOf(string? organisationId) =>
        FocalPoints.Where(f => organisationId is not null && f.OrganisationId == organisationId).Select(f => f.UserId).ToHashSet(StringComparer.Ordinal);

    /// <summary>This list with exactly <paramref name="userIds"/> as the focal points of <paramref name="organisationId"/>, in the given order.</summary>
    public AccessList WithFocalPoints(string organisationId, IEnumerable<string> userIds) =>
        this with
        {
            FocalPoints = [.. FocalPoints.Where(f => f.OrganisationId != organisationId),
                .. userIds.Distinct(StringComparer.Ordinal).Select(u => new FocalPointGrant(organisationId, u))],
        };

    public DocumentRole? RoleOf(string userId, string? organisationId)
    {
        var member = Members.FirstOrDefault(m => m.UserId == userId);
        if (member is not null) return member.Role;
        if (organisationId is null) return null;
        return Organisations.FirstOrDefault(o => o.OrganisationId == organisationId)?.Role;
    }

    /// <summary>This list with <paramref name="userId"/> granted <paramref name="role"/> (replacing any earlier grant).</summary>
    public AccessList WithMember(string userId, DocumentRole role) =>
        this with { Members = [.. Members.Where(m => m.UserId != userId), new MemberGrant(userId, role)] };

    public bool Equals(AccessList? other) =>
        other is not null && Members.SequenceEqual(other.Members) && Organisations.SequenceEqual(other.Organisations)
        && FocalPoints.SequenceEqual(other.FocalPoints);

    public override int GetHashCode() => HashCode.Combine(Members.Count, Organisations.Count, FocalPoints.Count);
}
