#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.1.0' }
# Pester 5 tests against the built module (out/ClockifyPS by default; set CLOCKIFYPS_MODULE_PATH to a manifest or
# module folder to test another build) and the loopback emulator in tests/ClockifyPS.Emulator, which they start
# with `dotnet run`. To use an emulator that is already running, set CLOCKIFYPS_EMULATOR_URI (and, when its admin
# endpoint is not reachable, CLOCKIFYPS_EMULATOR_KEY).
#
#   ./build.ps1 -Task Build, Help, Pester
#   Invoke-Pester ./tests/Pester -Output Detailed

BeforeDiscovery {
    $repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
    $modulePath = if ($env:CLOCKIFYPS_MODULE_PATH) {
        $env:CLOCKIFYPS_MODULE_PATH
    }
    else {
        Join-Path $repoRoot 'out/ClockifyPS/ClockifyPS.psd1'
    }

    if (Test-Path -LiteralPath $modulePath -PathType Container) {
        $modulePath = Join-Path $modulePath 'ClockifyPS.psd1'
    }

    $cmdletNames = @((Import-PowerShellDataFile -LiteralPath (Join-Path $repoRoot 'ClockifyPS.psd1')).CmdletsToExport)
    # Compiled help exists only after `build.ps1 -Task Help` with PlatyPS; without it Get-Help has no examples.
    $hasCompiledHelp = Test-Path -LiteralPath (Join-Path (Split-Path -Parent $modulePath) 'en-US/ClockifyPS.dll-Help.xml')
}

Describe 'ClockifyPS' {
    BeforeAll {
        $repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
        $modulePath = if ($env:CLOCKIFYPS_MODULE_PATH) {
            $env:CLOCKIFYPS_MODULE_PATH
        }
        else {
            Join-Path $repoRoot 'out/ClockifyPS/ClockifyPS.psd1'
        }

        if (Test-Path -LiteralPath $modulePath -PathType Container) {
            $modulePath = Join-Path $modulePath 'ClockifyPS.psd1'
        }

        if (-not (Test-Path -LiteralPath $modulePath)) {
            throw "No built module at '$modulePath'. Run ./build.ps1 (or dotnet build -c Release) first."
        }

        Get-Module ClockifyPS | Remove-Module -Force
        $module = Import-Module -Name $modulePath -Force -PassThru -ErrorAction Stop
        $manifest = Import-PowerShellDataFile -LiteralPath $modulePath

        # The tests must not pick up a developer's real key, region, workspace or endpoint.
        $clockifyVariables = 'CLOCKIFY_API_KEY', 'CLOCKIFY_REGION', 'CLOCKIFY_WORKSPACE_ID', 'CLOCKIFY_BASE_URI'
        $savedEnvironment = @{}
        foreach ($name in $clockifyVariables) {
            $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
            Remove-Item -LiteralPath "Env:$name" -ErrorAction SilentlyContinue
        }

        $noProxy = @{}
        if ($PSVersionTable.PSVersion.Major -ge 7) {
            $noProxy['NoProxy'] = $true
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

        function Get-ErrorId {
            # The FullyQualifiedErrorId of the error the script block throws, or $null when it throws none.
            param([Parameter(Mandatory)] [scriptblock] $Script)
            $ErrorActionPreference = 'Stop'
            try {
                $null = & $Script
            }
            catch {
                return $_.FullyQualifiedErrorId
            }

            return $null
        }

        function Get-EmulatorAdmin {
            # GET /__admin/<what> on the emulator, or $null when it has no admin endpoint.
            param([Parameter(Mandatory)] [string] $BaseUri, [Parameter(Mandatory)] [string] $What)
            try {
                return Invoke-RestMethod -Uri ('{0}/__admin/{1}' -f $BaseUri.TrimEnd('/'), $What) -TimeoutSec 10 @noProxy
            }
            catch {
                return $null
            }
        }

        function Find-EmulatorUri {
            # The first loopback URL with a port that the emulator printed (regions use consecutive ports: the
            # first is Global). Prefer the port it was asked for.
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
            # A key the emulator printed: "key=...", "ApiKey: ...", "API key ..." and the like, on the line of the
            # URL when it names one, else the first one.
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

        # Start the emulator (or use a running one) and learn its URL and key.
        $emulator = $null
        $emulatorOut = $null
        $emulatorErr = $null
        $emulatorUri = $env:CLOCKIFYPS_EMULATOR_URI
        $emulatorKeyText = $env:CLOCKIFYPS_EMULATOR_KEY
        if (-not $emulatorUri) {
            $port = Get-FreeTcpPort
            $stamp = [guid]::NewGuid().ToString('N')
            $emulatorOut = Join-Path ([System.IO.Path]::GetTempPath()) "clockifyps-emulator-$stamp.out.txt"
            $emulatorErr = Join-Path ([System.IO.Path]::GetTempPath()) "clockifyps-emulator-$stamp.err.txt"
            $project = Join-Path $repoRoot 'tests/ClockifyPS.Emulator'
            $startArguments = @{
                FilePath               = 'dotnet'
                # Start-Process joins the arguments with spaces: quote the path.
                ArgumentList           = 'run', '--project', ('"{0}"' -f $project), '--', '--port', "$port", '--seed', '100'
                RedirectStandardOutput = $emulatorOut
                RedirectStandardError  = $emulatorErr
                PassThru               = $true
                NoNewWindow            = $true
            }
            $emulator = Start-Process @startArguments

            # dotnet run may have to build the emulator first.
            $deadline = [DateTime]::UtcNow.AddSeconds(300)
            while (-not ($emulatorUri -and $emulatorKeyText)) {
                if ($emulator.HasExited) {
                    $errorText = Get-Content -LiteralPath $emulatorErr -Raw -ErrorAction SilentlyContinue
                    $outText = Get-Content -LiteralPath $emulatorOut -Raw -ErrorAction SilentlyContinue
                    throw "The emulator exited with code $($emulator.ExitCode) before it was ready.`n$outText`n$errorText"
                }

                if ([DateTime]::UtcNow -gt $deadline) {
                    $outText = Get-Content -LiteralPath $emulatorOut -Raw -ErrorAction SilentlyContinue
                    throw "The emulator printed no URL and key within 300 seconds. Its output:`n$outText"
                }

                Start-Sleep -Milliseconds 250
                $text = Get-Content -LiteralPath $emulatorOut -Raw -ErrorAction SilentlyContinue
                if (-not $emulatorUri) {
                    $emulatorUri = Find-EmulatorUri -Text $text -Port $port
                }

                if ($emulatorUri) {
                    $info = Get-EmulatorAdmin -BaseUri $emulatorUri -What 'info'
                    $emulatorKeyText = if ($info) {
                        $region = @($info.regions | Where-Object { ([uri]$_.baseUri).Port -eq ([uri]$emulatorUri).Port })
                        if ($region.Count -eq 0) { $region = @($info.regions) }
                        $region[0].apiKey
                    }
                    else {
                        Find-EmulatorKey -Text $text -Uri $emulatorUri
                    }
                }
            }
        }
        elseif (-not $emulatorKeyText) {
            $info = Get-EmulatorAdmin -BaseUri $emulatorUri -What 'info'
            if (-not $info) {
                throw 'CLOCKIFYPS_EMULATOR_URI is set but the emulator has no /__admin/info: set CLOCKIFYPS_EMULATOR_KEY too.'
            }

            $emulatorKeyText = @($info.regions | Where-Object { ([uri]$_.baseUri).Port -eq ([uri]$emulatorUri).Port })[0].apiKey
        }

        $emulatorUri = $emulatorUri.TrimEnd('/')
        $emulatorInfo = Get-EmulatorAdmin -BaseUri $emulatorUri -What 'info'
        $emulatorRegion = if ($emulatorInfo) {
            @($emulatorInfo.regions | Where-Object { $_.apiKey -eq $emulatorKeyText })[0]
        }

        $emulatorKey = ConvertTo-SecureString -String $emulatorKeyText -AsPlainText -Force
        $wrongKey = ConvertTo-SecureString -String 'EGLnotARealKeyAtAll0000000000000' -AsPlainText -Force
    }

    AfterAll {
        if (Get-Module ClockifyPS) {
            Disconnect-Clockify -Confirm:$false -ErrorAction SilentlyContinue
        }

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

        foreach ($file in $emulatorOut, $emulatorErr) {
            if ($file) {
                Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            }
        }

        foreach ($name in $savedEnvironment.Keys) {
            if ($null -ne $savedEnvironment[$name]) {
                Set-Item -LiteralPath "Env:$name" -Value $savedEnvironment[$name]
            }
        }

        Get-Module ClockifyPS | Remove-Module -Force
    }

    Context 'Module' {
        It 'exports exactly the cmdlets in the manifest' {
            $expected = @($manifest.CmdletsToExport | Sort-Object)
            $exported = @((Get-Command -Module ClockifyPS -CommandType Cmdlet).Name | Sort-Object)
            ($exported -join ', ') | Should -Be ($expected -join ', ')
            @($module.ExportedCmdlets.Keys | Sort-Object) -join ', ' | Should -Be ($expected -join ', ')
        }

        It 'exports no functions, aliases or variables' {
            @(Get-Command -Module ClockifyPS | Where-Object CommandType -ne 'Cmdlet').Count | Should -Be 0
            $module.ExportedAliases.Count | Should -Be 0
            $module.ExportedVariables.Count | Should -Be 0
        }

        It 'lays out the about topic' {
            Join-Path $module.ModuleBase 'en-US/about_ClockifyPS.help.txt' | Should -Exist
        }

        It 'has help for <_> with a synopsis and examples' -ForEach $cmdletNames -Skip:(-not $hasCompiledHelp) {
            $help = Get-Help -Name $_ -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            # Without compiled help, PowerShell makes the synopsis from the syntax, which starts with the name.
            $help.Synopsis | Should -Not -BeLike "$_ *"
            $help.description | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        }
    }

    Context 'Get-ClockifyRegion' {
        It 'lists the five regions with the documented hosts' {
            $expected = [ordered]@{
                Global = 'https://api.clockify.me/api/v1', 'https://reports.api.clockify.me/v1'
                EU     = 'https://euc1.clockify.me/api/v1', 'https://euc1.clockify.me/report/v1'
                USA    = 'https://use2.clockify.me/api/v1', 'https://use2.clockify.me/report/v1'
                UK     = 'https://euw2.clockify.me/api/v1', 'https://euw2.clockify.me/report/v1'
                AU     = 'https://apse2.clockify.me/api/v1', 'https://apse2.clockify.me/report/v1'
            }

            $regions = @(Get-ClockifyRegion)
            $regions.Count | Should -Be 5
            ($regions.Region | ForEach-Object { "$_" }) -join ', ' | Should -Be (@($expected.Keys) -join ', ')
            foreach ($region in $regions) {
                $region | Should -BeOfType 'ClockifyPS.Models.ClockifyRegionInfo'
                $hosts = $expected["$($region.Region)"]
                $region.ApiBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be $hosts[0]
                $region.ReportsBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be $hosts[1]
            }
        }

        It 'lists only the regions asked for' {
            $regions = @(Get-ClockifyRegion -Region EU, UK)
            ($regions.Region | ForEach-Object { "$_" }) -join ', ' | Should -Be 'EU, UK'
        }
    }

    Context 'Connect-Clockify' {
        BeforeEach {
            Disconnect-Clockify -Confirm:$false
        }

        It 'connects to the emulator with -BaseUri and returns the connection with -PassThru' {
            $connection = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -PassThru
            $connection | Should -BeOfType 'ClockifyPS.Models.ClockifyConnection'
            $connection.UserId | Should -Not -BeNullOrEmpty
            $connection.WorkspaceId | Should -Not -BeNullOrEmpty
            $connection.WorkspaceId | Should -Match '^[0-9a-fA-F]{24}$'
            $null -eq $connection.Region | Should -BeTrue -Because '-BaseUri names a custom deployment, not a region'
            $connection.ApiBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be "$emulatorUri/api/v1"
            $connection.ReportsBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be "$emulatorUri/report/v1"
            "$($connection.AuthenticationType)" | Should -Be 'ApiKey'
            if ($emulatorRegion) {
                $connection.UserId | Should -Be $emulatorRegion.userId
                $connection.WorkspaceId | Should -Be $emulatorRegion.workspaceId
            }

            (Get-ClockifyConnection).UserId | Should -Be $connection.UserId
        }

        It 'writes nothing without -PassThru' {
            $output = @(Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey)
            $output.Count | Should -Be 0
            Get-ClockifyConnection | Should -Not -BeNullOrEmpty
        }

        It 'reads the key and the base URI from CLOCKIFY_API_KEY and CLOCKIFY_BASE_URI' {
            try {
                $env:CLOCKIFY_API_KEY = $emulatorKeyText
                $env:CLOCKIFY_BASE_URI = $emulatorUri
                $connection = Connect-Clockify -PassThru
                $connection.ApiBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be "$emulatorUri/api/v1"
            }
            finally {
                Remove-Item Env:CLOCKIFY_API_KEY, Env:CLOCKIFY_BASE_URI -ErrorAction SilentlyContinue
            }
        }

        It 'refuses a wrong key with Clockify.Connect.Unauthorized' {
            Get-ErrorId { Connect-Clockify -BaseUri $emulatorUri -ApiKey $wrongKey } |
                Should -BeLike 'Clockify.Connect.Unauthorized*'
            Get-ClockifyConnection | Should -BeNullOrEmpty
        }

        It 'refuses -ApiKey with -AddonToken with Clockify.Connect.AmbiguousCredential' {
            Get-ErrorId { Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -AddonToken $emulatorKey } |
                Should -BeLike 'Clockify.Connect.AmbiguousCredential*'
        }

        It 'refuses plain http to a remote host with Clockify.Connect.InvalidEndpoint' {
            Get-ErrorId { Connect-Clockify -BaseUri 'http://example.com' -ApiKey $emulatorKey } |
                Should -BeLike 'Clockify.Connect.InvalidEndpoint*'
        }

        It 'asks for a key with Clockify.Connect.MissingCredential when there is none' {
            Get-ErrorId { Connect-Clockify -BaseUri $emulatorUri } |
                Should -BeLike 'Clockify.Connect.MissingCredential*'
        }

        It 'refuses a workspace id that is not a Clockify id' {
            Get-ErrorId { Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -WorkspaceId 'not-an-id' } |
                Should -BeLike 'Clockify.Connect.InvalidWorkspaceId*'
        }
    }

    Context 'Invoke-ClockifyRestMethod' {
        BeforeAll {
            $connection = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -PassThru
            $tagsPath = '/workspaces/{workspaceId}/tags'
        }

        It 'GET /user returns the signed-in user' {
            $user = Invoke-ClockifyRestMethod /user
            $user.id | Should -Be $connection.UserId
        }

        It 'reads every tag of the workspace with -All, whatever the page size' {
            $tags = @(Invoke-ClockifyRestMethod $tagsPath -All)
            $tags.Count | Should -BeGreaterThan 2
            foreach ($tag in $tags) {
                $tag.id | Should -Not -BeNullOrEmpty
                $tag.workspaceId | Should -Be $connection.WorkspaceId
            }

            $smallPages = @(Invoke-ClockifyRestMethod $tagsPath -All -PageSize 2)
            ($smallPages.id -join ',') | Should -Be ($tags.id -join ',')
        }

        It 'pages with -First and -Skip' {
            $tags = @(Invoke-ClockifyRestMethod $tagsPath -All)
            $first = @(Invoke-ClockifyRestMethod $tagsPath -All -First 2 -PageSize 2)
            ($first.id -join ',') | Should -Be ((@($tags | Select-Object -First 2)).id -join ',')
            $skipped = @(Invoke-ClockifyRestMethod $tagsPath -All -Skip 1 -First 2 -PageSize 2)
            ($skipped.id -join ',') | Should -Be ((@($tags | Select-Object -Skip 1 -First 2)).id -join ',')
        }

        It 'writes an unknown total count first with -IncludeTotalCount' {
            $output = @(Invoke-ClockifyRestMethod $tagsPath -All -First 1 -IncludeTotalCount)
            $output.Count | Should -Be 2
            $output[0].PSObject.BaseObject | Should -BeOfType ([UInt64])
            $output[1].id | Should -Not -BeNullOrEmpty
        }

        It 'uses the connection given with -Connection in another runspace' {
            $shell = [powershell]::Create()
            try {
                $null = $shell.AddScript({
                        param($ModulePath, $Connection)
                        Import-Module $ModulePath
                        [pscustomobject]@{
                            Current = Get-ClockifyConnection
                            User    = Invoke-ClockifyRestMethod /user -Connection $Connection
                        }
                    }).AddArgument($modulePath).AddArgument($connection)
                $result = @($shell.Invoke())
                $shell.Streams.Error.Count | Should -Be 0
                $result.Count | Should -Be 1
                $result[0].Current | Should -BeNullOrEmpty -Because 'each runspace has its own current connection'
                $result[0].User.id | Should -Be $connection.UserId
            }
            finally {
                $shell.Dispose()
            }
        }

        It 'POST with -WhatIf sends nothing' {
            $name = 'pester-whatif-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
            $before = Get-EmulatorAdmin -BaseUri $emulatorUri -What 'counters'
            $output = @(Invoke-ClockifyRestMethod $tagsPath -Method POST -Body @{ name = $name } -WhatIf)
            $after = Get-EmulatorAdmin -BaseUri $emulatorUri -What 'counters'
            $output.Count | Should -Be 0
            if ($before -and $after) {
                $after.totalRequests | Should -Be $before.totalRequests
            }

            @(Invoke-ClockifyRestMethod $tagsPath -All).name | Should -Not -Contain $name
        }

        It 'POST creates and DELETE removes a tag' {
            $name = 'pester-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
            $tag = Invoke-ClockifyRestMethod $tagsPath -Method POST -Body @{ name = $name } -Confirm:$false
            $tag.name | Should -Be $name
            @(Invoke-ClockifyRestMethod $tagsPath -All).name | Should -Contain $name
            $null = Invoke-ClockifyRestMethod "$tagsPath/$($tag.id)" -Method DELETE -Confirm:$false
            @(Invoke-ClockifyRestMethod $tagsPath -All).name | Should -Not -Contain $name
        }

        It 'refuses an absolute URL with Clockify.InvokeRestMethod.AbsolutePath' {
            Get-ErrorId { Invoke-ClockifyRestMethod 'https://attacker.example.com/api/v1/user' } |
                Should -BeLike 'Clockify.InvokeRestMethod.AbsolutePath*'
        }

        It 'refuses -All with POST with Clockify.InvokeRestMethod.AllNeedsGet' {
            Get-ErrorId { Invoke-ClockifyRestMethod $tagsPath -Method POST -All -Body @{ name = 'x' } -Confirm:$false } |
                Should -BeLike 'Clockify.InvokeRestMethod.AllNeedsGet*'
        }
    }

    Context 'Set-ClockifyRegion' {
        BeforeAll {
            $null = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey
        }

        It 'changes nothing with -WhatIf' {
            Set-ClockifyRegion -Region EU -WhatIf
            $null -eq (Get-ClockifyConnection).Region | Should -BeTrue
            (Get-ClockifyConnection).ApiBaseUri.AbsoluteUri.TrimEnd('/') | Should -Be "$emulatorUri/api/v1"
        }

        It 'moves the connection to a deployment that serves a region' {
            $moved = Set-ClockifyRegion -Region Global -BaseUri $emulatorUri -PassThru -Confirm:$false
            "$($moved.Region)" | Should -Be 'Global'
            (@(Get-ClockifyRegion | Where-Object IsCurrent)).Region | ForEach-Object { "$_" } | Should -Be 'Global'
        }
    }

    Context 'Disconnect-Clockify' {
        It 'ends the connection: Get-ClockifyConnection then returns nothing' {
            $null = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey
            Get-ClockifyConnection | Should -Not -BeNullOrEmpty

            Disconnect-Clockify -WhatIf
            Get-ClockifyConnection | Should -Not -BeNullOrEmpty

            Disconnect-Clockify -Confirm:$false
            Get-ClockifyConnection | Should -BeNullOrEmpty
            Get-ErrorId { Invoke-ClockifyRestMethod /user } | Should -BeLike 'Clockify.InvokeRestMethod.NotConnected*'
        }

        It 'does nothing when not connected' {
            { Disconnect-Clockify -Confirm:$false } | Should -Not -Throw
            Get-ClockifyConnection | Should -BeNullOrEmpty
        }
    }
}
