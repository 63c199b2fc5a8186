using ChannelManagerDashboard.Features.Mapping;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>Browser steps that need the app's own types; PageExtensions stays free of them for the benchmarks.</summary>
public static class DemoMappingExtensions
{
    /// <summary>P6 in one step: imports a mapping file that maps every combination of the simulator's property.</summary>
    public static async Task ImportDemoMappingAsync(this IPage page, Uri baseAddress, int projectId, string folder)
    {
        await page.OpenAsync(baseAddress, $"/projects/{projectId}/mapping");
        // The editor's tabs come with the live circuit: from then on the file input is wired to it.
        await Expect(page.Locator("#mapping-tabs")).ToBeVisibleAsync();
        var mappingFile = Path.Combine(folder, $"mapping-{projectId}.json");
        await File.WriteAllTextAsync(mappingFile, MappingExport.Json(Mappings.Demo(), Mappings.Everything(),
            new ExportHeader("Keizersgracht Demo Hotel & Hostel", "CM connection - main", 1, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow)));
        // Blazor wires a file input in a render after the circuit's first; a file chosen before that is never read.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('input.mapping-import-input')].pop()?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input.mapping-import-input").Last.SetInputFilesAsync(mappingFile);
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("23 of 23");
    }
}
