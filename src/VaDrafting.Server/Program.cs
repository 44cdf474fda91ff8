using VaDrafting.Server.Auth;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Export;
using VaDrafting.Server.Hosting;
using VaDrafting.Server.Live;
using VaDrafting.Server.Redlines;

var builder = WebApplication.CreateBuilder(args);

builder.AddDraftingStorage();
builder.AddDraftingApi();
builder.AddDraftingLive();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }))
    .WithTags("Service")
    .WithName("Health")
    .WithSummary("Says the service is up.");
app.MapOpenApi();
app.MapDevelopmentSignInApi();
app.MapDocumentsApi();
app.MapConsultationApi();
app.MapRedlinesApi();
app.MapExportApi();
app.MapDraftingLive();
app.MapClientApp();

app.Run();

public partial class Program;
