using System.Net;
using System.Net.Http.Json;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Tests.Consultation;
using VaDrafting.Server.Tests.Live;

namespace VaDrafting.Server.Tests.ScaleOut;

public sealed class RedisOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhenRedisGoesAwayAfterTheStart_TheHttpApiKeepsWorking()
    {
        var redis = await RedisServer.StartAsync();
        var dataPath = Path.Combine(Path.GetTempPath(), "va-drafting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        try
        {
            await using var server = new InstanceServer(new Dictionary<string, string?> { ["Live:Redis"] = redis.ConnectionString }, dataPath);
            var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
            await using (var reader = await LiveClient.ConnectAsync(server, DemoPeople.Observer))
            {
                var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                await reader.JoinAsync((await created.ReadAsync<CreatedDocumentView>()).Id);
            }

            await redis.DisposeAsync();

            var second = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel)
                .WaitAsync(LiveClient.Timeout, Cancel);
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
            var id = (await second.ReadAsync<CreatedDocumentView>()).Id;
            // Circulating publishes a live event, which cannot reach Redis: it is logged, and the version is made.
            var tag = await coordinator.PostAsJsonAsync($"/api/documents/{id}/tags", new { label = "v1 – draft", note = "Made while Redis was away." }, Cancel)
                .WaitAsync(LiveClient.Timeout, Cancel);
            Assert.Equal(HttpStatusCode.Created, tag.StatusCode);
            var read = await coordinator.GetAsync($"/api/documents/{id}/tags", Cancel).WaitAsync(LiveClient.Timeout, Cancel);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("Made while Redis was away.", await read.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        finally
        {
            await redis.DisposeAsync();
            if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
        }
    }
}
