# Helpers shared by the Pester test files in this folder. Dot-source it in BeforeAll (and in BeforeDiscovery when a
# file needs discovery-time data):
#
#   BeforeAll {
#       . (Join-Path $PSScriptRoot 'Common.ps1')
#       $session = Start-ClockifyPSTestSession -EmulatorArgument '--seed', '400', '--rate', '0'
#   }
#   AfterAll { Stop-ClockifyPSTestSession -Session $session }
#
# The module under test is out/ClockifyPS by default (CLOCKIFYPS_MODULE_PATH overrides it). The emulator is started
# with `dotnet run --project tests/ClockifyPS.Emulator` unless CLOCKIFYPS_EMULATOR_URI names a running one.

function Get-ClockifyPSRepoRoot {
    (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
}

function Get-ClockifyPSModulePath {
    # The manifest of the module under test.
    $modulePath = if ($env:CLOCKIFYPS_MODULE_PATH) {
        $env:CLOCKIFYPS_MODULE_PATH
    }
    else {
        Join-Path (Get-ClockifyPSRepoRoot) 'out/ClockifyPS/ClockifyPS.psd1'
    }

    if (Test-Path -LiteralPath $modulePath -PathType Container) {
        $modulePath = Join-Path $modulePath 'ClockifyPS.psd1'
    }

    $modulePath
}

function Test-ClockifyPSCompiledHelp {
    # Compiled help exists only after `build.ps1 -Task Help` with PlatyPS; without it Get-Help has no examples.
    Test-Path -LiteralPath (Join-Path (Split-Path -Parent (Get-ClockifyPSModulePath)) 'en-US/ClockifyPS.dll-Help.xml')
}

function Get-ClockifyPSExportedCmdletName {
    @((Import-PowerShellDataFile -LiteralPath (Join-Path (Get-ClockifyPSRepoRoot) 'ClockifyPS.psd1')).CmdletsToExport)
}

function Import-ClockifyPSUnderTest {
    $modulePath = Get-ClockifyPSModulePath
    if (-not (Test-Path -LiteralPath $modulePath)) {
        throw "No built module at '$modulePath'. Run ./build.ps1 (or dotnet build -c Release) first."
    }

    Get-Module ClockifyPS | Remove-Module -Force
    Import-Module -Name $modulePath -Force -PassThru -ErrorAction Stop
}

function Get-NoProxySplat {
    $noProxy = @{}
    if ($PSVersionTable.PSVersion.Major -ge 7) {
        $noProxy['NoProxy'] = $true
    }

    $noProxy
}

function Get-FreeTcpPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try {
        return ([System.Net.IPEndPoint]$listener.LocalEndpoint).Port
    }
    finally {
        $listener.Stop()
    }
}

function Get-EmulatorAdmin {
    # GET /__admin/<what> on the emulator, or $null when it has no admin endpoint.
    param([Parameter(Mandatory)] [string] $BaseUri, [Parameter(Mandatory)] [string] $What)
    $noProxy = Get-NoProxySplat
    try {
        return Invoke-RestMethod -Uri ('{0}/__admin/{1}' -f $BaseUri.TrimEnd('/'), $What) -TimeoutSec 10 @noProxy
    }
    catch {
        return $null
    }
}

function Find-EmulatorUri {
    # The first loopback URL with a port that the emulator printed (regions use consecutive ports: the first is
    # Global). Prefer the port it was asked for.
    param([string] $Text, [int] $Port)
    if (-not $Text) {
        return $null
    }

    $found = [regex]::Matches($Text, '(?i)\bhttps?://(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)')
    if ($found.Count -eq 0) {
        return $null
    }

    $chosen = @($found | Where-Object { [int]$_.Groups[1].Value -eq $Port } | Select-Object -First 1)
    $match = if ($chosen.Count -gt 0) { $chosen[0] } else { $found[0] }
    return ($match.Value -replace '(?i)//localhost:', '//127.0.0.1:')
}

function Find-EmulatorKey {
    # A key the emulator printed ("X-Api-Key      ..."), on the line of the URL when it names one, else the first.
    param([string] $Text, [string] $Uri)
    if (-not $Text) {
        return $null
    }

    $pattern = '(?i)\b(?:x-api-key|api[ _-]?key|key)\b["'']?\s*[:=]?\s*["'']?([A-Za-z0-9+/=_-]{16,})'
    $lines = @($Text -split '\r?\n')
    $port = ([uri]$Uri).Port
    $preferred = @($lines | Where-Object { $_ -match ":$port\b" }) + $lines
    foreach ($line in $preferred) {
        $match = [regex]::Match($line, $pattern)
        if ($match.Success) {
            return $match.Groups[1].Value
        }
    }

    return $null
}

function Start-ClockifyPSTestSession {
    # Imports the module, hides the developer's Clockify environment variables, starts the emulator (or uses the one
    # CLOCKIFYPS_EMULATOR_URI names) and returns what the tests need: Module, Uri, KeyText, Key (SecureString),
    # Info and Region (from /__admin/info, when there is one).
    param([string[]] $EmulatorArgument = @('--seed', '100'))

    $module = Import-ClockifyPSUnderTest

    # The tests must not pick up a developer's real key, region, workspace or endpoint.
    $savedEnvironment = @{}
    foreach ($name in 'CLOCKIFY_API_KEY', 'CLOCKIFY_REGION', 'CLOCKIFY_WORKSPACE_ID', 'CLOCKIFY_BASE_URI') {
        $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
        Remove-Item -LiteralPath "Env:$name" -ErrorAction SilentlyContinue
    }

    $session = [pscustomobject]@{
        Module           = $module
        Process          = $null
        OutFile          = $null
        ErrFile          = $null
        Uri              = $env:CLOCKIFYPS_EMULATOR_URI
        KeyText          = $env:CLOCKIFYPS_EMULATOR_KEY
        Key              = $null
        Info             = $null
        Region           = $null
        SavedEnvironment = $savedEnvironment
    }

    if (-not $session.Uri) {
        $port = Get-FreeTcpPort
        $stamp = [guid]::NewGuid().ToString('N')
        $session.OutFile = Join-Path ([System.IO.Path]::GetTempPath()) "clockifyps-emulator-$stamp.out.txt"
        $session.ErrFile = Join-Path ([System.IO.Path]::GetTempPath()) "clockifyps-emulator-$stamp.err.txt"
        $project = Join-Path (Get-ClockifyPSRepoRoot) 'tests/ClockifyPS.Emulator'
        $startArguments = @{
            FilePath               = 'dotnet'
            # Start-Process joins the arguments with spaces: quote the path.
            ArgumentList           = @('run', '--project', ('"{0}"' -f $project), '--', '--port', "$port") + $EmulatorArgument
            RedirectStandardOutput = $session.OutFile
            RedirectStandardError  = $session.ErrFile
            PassThru               = $true
            NoNewWindow            = $true
        }
        $session.Process = Start-Process @startArguments

        # dotnet run may have to build the emulator first.
        $deadline = [DateTime]::UtcNow.AddSeconds(300)
        while (-not ($session.Uri -and $session.KeyText)) {
            if ($session.Process.HasExited) {
                $errorText = Get-Content -LiteralPath $session.ErrFile -Raw -ErrorAction SilentlyContinue
                $outText = Get-Content -LiteralPath $session.OutFile -Raw -ErrorAction SilentlyContinue
                throw "The emulator exited with code $($session.Process.ExitCode) before it was ready.`n$outText`n$errorText"
            }

            if ([DateTime]::UtcNow -gt $deadline) {
                $outText = Get-Content -LiteralPath $session.OutFile -Raw -ErrorAction SilentlyContinue
                throw "The emulator printed no URL and key within 300 seconds. Its output:`n$outText"
            }

            Start-Sleep -Milliseconds 250
            $text = Get-Content -LiteralPath $session.OutFile -Raw -ErrorAction SilentlyContinue
            if (-not $session.Uri) {
                $session.Uri = Find-EmulatorUri -Text $text -Port $port
            }

            if ($session.Uri) {
                $info = Get-EmulatorAdmin -BaseUri $session.Uri -What 'info'
                $session.KeyText = if ($info) {
                    $region = @($info.regions | Where-Object { ([uri]$_.baseUri).Port -eq ([uri]$session.Uri).Port })
                    if ($region.Count -eq 0) { $region = @($info.regions) }
                    $region[0].apiKey
                }
                else {
                    Find-EmulatorKey -Text $text -Uri $session.Uri
                }
            }
        }
    }
    elseif (-not $session.KeyText) {
        $info = Get-EmulatorAdmin -BaseUri $session.Uri -What 'info'
        if (-not $info) {
            throw 'CLOCKIFYPS_EMULATOR_URI is set but the emulator has no /__admin/info: set CLOCKIFYPS_EMULATOR_KEY too.'
        }

        $session.KeyText = @($info.regions | Where-Object { ([uri]$_.baseUri).Port -eq ([uri]$session.Uri).Port })[0].apiKey
    }

    $session.Uri = $session.Uri.TrimEnd('/')
    $session.Info = Get-EmulatorAdmin -BaseUri $session.Uri -What 'info'
    if ($session.Info) {
        $session.Region = @($session.Info.regions | Where-Object { $_.apiKey -eq $session.KeyText })[0]
    }

    $session.Key = ConvertTo-SecureString -String $session.KeyText -AsPlainText -Force
    $session
}

function Stop-ClockifyPSTestSession {
    # Disconnects, stops the emulator this session started (only that process and its children), deletes its output
    # files, restores the environment and removes the module.
    param($Session)

    if (Get-Module ClockifyPS) {
        Disconnect-Clockify -Confirm:$false -ErrorAction SilentlyContinue
    }

    if (-not $Session) {
        Get-Module ClockifyPS | Remove-Module -Force
        return
    }

    $emulator = $Session.Process
    if ($emulator -and -not $emulator.HasExited) {
        try {
            # PowerShell 7 (.NET Core 3+): `dotnet run` and the emulator it started.
            $emulator.Kill($true)
        }
        catch {
            if ([System.IO.Path]::DirectorySeparatorChar -eq '\') {
                Get-CimInstance -ClassName Win32_Process -Filter "ParentProcessId = $($emulator.Id)" -ErrorAction SilentlyContinue |
                    ForEach-Object { Stop-Process -Id $_.ProcessId -Force -ErrorAction SilentlyContinue }
            }

            Stop-Process -Id $emulator.Id -Force -ErrorAction SilentlyContinue
        }

        $null = $emulator.WaitForExit(10000)
    }

    foreach ($file in $Session.OutFile, $Session.ErrFile) {
        if ($file) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        }
    }

    foreach ($name in $Session.SavedEnvironment.Keys) {
        if ($null -ne $Session.SavedEnvironment[$name]) {
            Set-Item -LiteralPath "Env:$name" -Value $Session.SavedEnvironment[$name]
        }
    }

    Get-Module ClockifyPS | Remove-Module -Force
}

function Get-ErrorId {
    # The error id (FullyQualifiedErrorId up to the first comma) of the first error the script block writes or
    # throws, or $null when it has none.
    param([Parameter(Mandatory)] [scriptblock] $Script)
    $ErrorActionPreference = 'Stop'
    try {
        $null = & $Script
    }
    catch {
        return ($_.FullyQualifiedErrorId -split ',')[0]
    }

    return $null
}

function Get-EmulatorCounter {
    # The emulator's counters (/__admin/counters): totalRequests, requests{"GET /api/v1/...":n}, responses{},
    # created{}, deleted{}. Throws when the emulator has no admin endpoint: a counter test must not pass blindly.
    param([Parameter(Mandatory)] [string] $BaseUri)
    $counters = Get-EmulatorAdmin -BaseUri $BaseUri -What 'counters'
    if (-not $counters) {
        throw "The emulator at $BaseUri has no /__admin/counters."
    }

    $counters
}

function Get-CounterValue {
    # One number from a counters object: -Section requests|responses|created|deleted and -Name the key in it
    # (e.g. 'GET /api/v1/workspaces/{workspaceId}/tags', 'tag'); 0 when the key is absent.
    param([Parameter(Mandatory)] $Counters, [Parameter(Mandatory)] [string] $Section, [Parameter(Mandatory)] [string] $Name)
    $table = $Counters.$Section
    if ($null -eq $table) {
        return [long]0
    }

    $property = $table.PSObject.Properties[$Name]
    if ($null -eq $property) {
        return [long]0
    }

    [long]$property.Value
}

function Get-WriteRequestCount {
    # All POST, PUT, PATCH and DELETE requests to the main API in a counters object.
    param([Parameter(Mandatory)] $Counters)
    [long]$sum = 0
    if ($Counters.requests) {
        foreach ($property in $Counters.requests.PSObject.Properties) {
            if ($property.Name -match '^(POST|PUT|PATCH|DELETE) /api/') {
                $sum += [long]$property.Value
            }
        }
    }

    $sum
}

function New-TestName {
    # A unique name for an entity a test creates.
    param([string] $Prefix = 'pester')
    '{0}-{1}' -f $Prefix, [guid]::NewGuid().ToString('N').Substring(0, 8)
}

function ConvertTo-StreamText {
    # Everything one stream record carries, as text: for errors also the id, the exception chain, the details and
    # the target object.
    param($Record)
    $text = [System.Text.StringBuilder]::new()
    if ($null -eq $Record) {
        return ''
    }

    $null = $text.AppendLine('[' + $Record.GetType().Name + ']')
    if ($Record -is [System.Management.Automation.ErrorRecord]) {
        $null = $text.AppendLine($Record.FullyQualifiedErrorId)
        $null = $text.AppendLine("$($Record.CategoryInfo)")
        $null = $text.AppendLine($Record.Exception.ToString())
        if ($Record.ErrorDetails) {
            $null = $text.AppendLine($Record.ErrorDetails.Message)
            $null = $text.AppendLine($Record.ErrorDetails.RecommendedAction)
        }

        $null = $text.AppendLine("$($Record.TargetObject)")
    }
    elseif ($Record -is [System.Management.Automation.InformationRecord]) {
        $null = $text.AppendLine("$($Record.MessageData)")
    }
    elseif ($Record -is [System.Management.Automation.InformationalRecord]) {
        # Verbose, warning and debug records.
        $null = $text.AppendLine($Record.Message)
    }
    else {
        $null = $text.AppendLine(($Record | Format-List -Property * -Force | Out-String -Width 4096))
    }

    $null = $text.AppendLine(($Record | Out-String -Width 4096))
    $text.ToString()
}

function Get-AllStreamText {
    # Runs each script block with every stream on (errors continue), merges all streams (*>&1) and returns them as
    # one string. A terminating error is added to the text, not thrown; each block runs on its own, so one block's
    # terminating error does not keep the next from running.
    param([Parameter(Mandatory)] [scriptblock[]] $Script)
    $ErrorActionPreference = 'Continue'
    $VerbosePreference = 'Continue'
    $DebugPreference = 'Continue'
    $WarningPreference = 'Continue'
    $InformationPreference = 'Continue'
    $text = [System.Text.StringBuilder]::new()
    foreach ($block in $Script) {
        try {
            & $block *>&1 | ForEach-Object { $null = $text.AppendLine((ConvertTo-StreamText $_)) }
        }
        catch {
            $null = $text.AppendLine((ConvertTo-StreamText $_))
        }
    }

    $text.ToString()
}
