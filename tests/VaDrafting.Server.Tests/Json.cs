using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VaDrafting.Server.Tests;

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>(Options, TestContext.Current.CancellationToken);
        Assert.NotNull(value);
        return value;
    }
}
