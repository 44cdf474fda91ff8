using VaDrafting.Docx;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Export;
using VaDrafting.Server.Redlines;
using VaDrafting.Server.Seeding;
using VaDrafting.Storage;

namespace VaDrafting.Server.Hosting;

public static class DraftingApiSetup
{
    /// <summary>The Git document store (section <c>Storage</c>).</summary>
    public static IHostApplicationBuilder AddDraftingStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDocumentStore();
        return builder;
    }

    /// <summary>Authentication, the people directory, the application services, problem details, OpenAPI and limits.</summary>
    public static IHostApplicationBuilder AddDraftingApi(this IHostApplicationBuilder builder)
    {
        builder.AddPeopleDirectory();
        builder.AddDraftingAuthentication();
        builder.AddDraftingRateLimits();

        builder.Services.AddOptions<UploadOptions>().BindConfiguration("Uploads").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SampleOptions>().BindConfiguration("Sample");
        builder.Services.AddSingleton(sp =>
        {
            var uploads = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<UploadOptions>>().Value;
            return new DocxLimits
            {
                MaxPackageBytes = uploads.MaxFileBytes,
                MaxTotalUncompressedBytes = uploads.MaxExpandedBytes,
                MaxEntryUncompressedBytes = Math.Min(DocxLimits.Default.MaxEntryUncompressedBytes, uploads.MaxExpandedBytes),
            };
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<VersionDisclosure>();
        builder.Services.AddSingleton<DocumentService>();
        builder.Services.AddSingleton<ConsultationService>();
        builder.Services.AddSingleton<FocalPointRegister>();
        builder.Services.AddSingleton<SampleConsultation>();
        builder.Services.AddSingleton<VisitStore>();
        builder.Services.AddSingleton<RedlineService>();
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName);
        builder.Services.AddSingleton<PdfConverter>();
        builder.Services.AddSingleton<ExportService>();
        builder.Services.AddHostedService<SampleDocumentSeeder>();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DraftingExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });

        var maxUpload = builder.Configuration.GetValue<long?>("Uploads:MaxFileBytes") ?? new UploadOptions().MaxFileBytes;
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = maxUpload);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = maxUpload + 64 * 1024);
        return builder;
    }
}
