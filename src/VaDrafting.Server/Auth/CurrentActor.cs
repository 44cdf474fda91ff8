using System.Security.Claims;
using Microsoft.Identity.Web;
using VaDrafting.Storage;

namespace VaDrafting.Server.Auth;

/// <summary>The signed-in person as the application sees them: stable id, display name and organisation.</summary>
public sealed record Actor(string UserId, string Name, string? OrganisationId, string? OrganisationName)
{
    public CommitAuthor AsCommitAuthor() => new(UserId, Name, OrganisationName);
}

/// <summary>Resolves the <see cref="Actor"/> of the current request from its validated token and the directory.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor, PeopleDirectory directory)
{
    public Actor Get() => FromPrincipal(accessor.HttpContext?.User ?? new ClaimsPrincipal(), directory);

    public static Actor FromPrincipal(ClaimsPrincipal principal, PeopleDirectory directory)
    {
        var userId = principal.GetObjectId() ?? principal.FindFirstValue("sub")
            ?? throw new UnauthorizedAccessException("The token carries no user id.");
        var person = directory.FindPerson(userId);
        var name = principal.FindFirstValue("name") ?? person?.Name ?? userId;
        var organisation = directory.FindOrganisation(person?.OrganisationId);
        return new Actor(userId, name, organisation?.Id, organisation?.Name);
    }
}
