using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ClockifyPS.Emulator;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Benchmarks;

/// <summary>
/// Figure 2: one page of 5000 time entries, as the emulator serves it, turned into pipeline objects:
/// ClockifyPS's typed path against what Invoke-RestMethod does (a PSCustomObject per JSON object).
/// </summary>
[MemoryDiagnoser]
public class PerEntryCost
{
    private byte[] page = Array.Empty<byte>();

    /// <summary>Entries per page (Clockify's largest).</summary>
    public const int Entries = 5000;

    [GlobalSetup]
    public void Setup() => page = FetchPageAsync().GetAwaiter().GetResult();

    /// <summary>Invoke-RestMethod's way: parse the JSON and build a PSCustomObject with a note property per field.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Entries)]
    public int PSCustomObjects()
    {
        using JsonDocument document = JsonDocument.Parse(page);
        int count = 0;
        foreach (JsonElement element in document.RootElement.EnumerateArray())
        {
            if (JsonToPowerShell.Convert(element) is PSObject)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>ClockifyPS's way: deserialise into DTOs, build ClockifyTimeEntry objects, wrap them as WriteObject does.</summary>
    [Benchmark(OperationsPerInvoke = Entries)]
    public int TypedEntries()
    {
        List<TimeEntryDto> dtos = JsonSerializer.Deserialize<List<TimeEntryDto>>(page, ClockifyJson.Options)!;
        int count = 0;
        foreach (TimeEntryDto dto in dtos)
        {
            if (PSObject.AsPSObject(new ClockifyTimeEntry(dto)) != null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Where the typed path's time goes: reading the JSON alone.</summary>
    [Benchmark(OperationsPerInvoke = Entries)]
    public int TypedParseOnly() => JsonSerializer.Deserialize<List<TimeEntryDto>>(page, ClockifyJson.Options)!.Count;

    /// <summary>Where the typed path's time goes: reading and building models, without the PSObject wrapper.</summary>
    [Benchmark(OperationsPerInvoke = Entries)]
    public int TypedModelsWithoutWrapper()
    {
        int count = 0;
        foreach (TimeEntryDto dto in JsonSerializer.Deserialize<List<TimeEntryDto>>(page, ClockifyJson.Options)!)
        {
            if (new ClockifyTimeEntry(dto).Id.Length > 0)
            {
                count++;
            }
        }

        return count;
    }

    internal static async Task<byte[]> FetchPageAsync()
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = Entries * 2, UserCount = 1, RequestsPerSecond = 0 });
        EmulatedRegion region = emulator.Region("Global");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(region.BaseUri, $"api/v1/workspaces/{region.WorkspaceId}/user/{region.UserId}/time-entries?page=1&page-size={Entries}"));
        request.Headers.Add("X-Api-Key", region.ApiKey);
        using HttpResponseMessage response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
