using Bunit;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class CertificationFileFieldTests : ComponentTest
{
    [Fact]
    public async Task The_picker_offers_only_spreadsheets_documents_and_PDFs()
    {
        var id = await CreateProjectAsync();

        var field = RenderWithProviders<CertificationFileField>(p => p.Add(x => x.ProjectId, id));

        Assert.Equal(".xlsx,.xls,.ods,.csv,.docx,.doc,.odt,.pdf", field.Find("input.p8-upload-input").GetAttribute("accept"));
    }

    [Fact]
    public async Task A_program_is_refused_by_the_field_naming_the_allowed_types_and_the_stored_file_is_kept()
    {
        var id = await CreateProjectAsync();
        var preparation = Get<PreparationService>();
        var files = Get<CertificationFileService>();
        await files.SaveAsync(id, "filled.xlsx", "", new MemoryStream([1, 2]), "Jana");
        var stored = (await preparation.LoadAsync(id))!.File;
        var field = RenderWithProviders<CertificationFileField>(p => p.Add(x => x.ProjectId, id).Add(x => x.File, stored));

        field.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("MZ program", "setup.exe"));

        await field.WaitForAssertionAsync(() => Assert.Contains(
            "'setup.exe' is a .exe file, not a spreadsheet, document or PDF. Upload a spreadsheet, document or PDF (.xlsx .xls .ods .csv .docx .doc .odt .pdf). The stored file, filled.xlsx, is kept.",
            field.Find(".field-error[data-field='File']").TextContent));
        Assert.Equal("filled.xlsx", (await files.GetAsync(id))!.FileName);
    }
}
