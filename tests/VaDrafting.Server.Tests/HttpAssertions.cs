using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace VaDrafting.Server.Tests;

public static class HttpAssertions
{
    /// <summary>Asserts the status and that the body is problem details with a title and detail a person can read.</summary>
    public static async Task<ProblemDetails> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.NotNull(problem);
        Assert.Equal((int)status, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
        return problem;
    }

    public static MultipartFormDataContent WordUpload(byte[] bytes, string fileName = "guidance.docx", string? title = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", fileName);
        if (title is not null) form.Add(new StringContent(title), "title");
        return form;
    }
}
