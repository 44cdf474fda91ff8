namespace VaDrafting.Server.Auth;

public static class DevelopmentSignInApi
{
    public sealed record DemoPersonView(string Id, string Name, string? OrganisationId, string? OrganisationName, string Title);

    public sealed record TokenRequest(string? UserId);

    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

    /// <summary>Maps the local sign-in endpoints, only when local development sign-in is on (never in production).</summary>
    public static IEndpointRouteBuilder MapDevelopmentSignInApi(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevelopmentSignIn>() is null) return app;

        var group = app.MapGroup("/api/dev").WithTags("Development sign-in").AllowAnonymous();

        group.MapGet("/users", (PeopleDirectory directory) =>
                TypedResults.Ok(directory.People.Select(p => new DemoPersonView(
                    p.Id, p.Name, p.OrganisationId, directory.FindOrganisation(p.OrganisationId)?.Name, p.Title)).ToList()))
            .WithName("ListDemoUsers")
            .WithSummary("Lists the demo people one can sign in as (local development only).");

        group.MapPost("/token", Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<TokenResponse>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> (
                TokenRequest request, PeopleDirectory directory, DevelopmentSignIn signIn) =>
            {
                var person = request.UserId is null ? null : directory.FindPerson(request.UserId);
                if (person is null)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Unknown demo person",
                        detail: $"There is no demo person with the id '{request.UserId}'. GET /api/dev/users lists them.");
                }
                var token = signIn.Mint(person);
                return TypedResults.Ok(new TokenResponse(token.AccessToken, token.ExpiresAt));
            })
            .WithName("IssueDemoToken")
            .WithSummary("Issues an access token for a demo person (local development only).");

        return app;
    }
}
