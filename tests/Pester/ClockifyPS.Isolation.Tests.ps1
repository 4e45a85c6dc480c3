#Requires -Version 7.4
# Dependency isolation in a real pwsh: a session that already loaded other versions of the libraries ClockifyPS uses
# (as Az, Microsoft.Graph or PnP do) can still import it and make requests, and keeps its own versions working.
# The other versions come from the build output of tests/ClockifyPS.IsolationProbe (Microsoft.Extensions.Http 6.0,
# Polly 8), which `dotnet build ClockifyPS.sln -c Release` writes; the xUnit DependencyIsolationTests run the same
# scenario in a hosted engine.

Describe 'ClockifyPS beside other versions of its libraries' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Common.ps1')
        $session = Start-ClockifyPSTestSession -EmulatorArgument '--seed', '100', '--rate', '0'
        $conflicts = Join-Path (Get-ClockifyPSRepoRoot) 'tests/ClockifyPS.IsolationProbe/bin/Release/net10.0'
        if (-not (Test-Path -LiteralPath (Join-Path $conflicts 'Microsoft.Extensions.Http.dll'))) {
            throw "No conflicting assemblies at '$conflicts'. Run dotnet build ClockifyPS.sln -c Release first."
        }

        # Runs in a fresh pwsh so that nothing of ClockifyPS is loaded before the other versions are.
        $child = {
            param($ConflictDirectory, $ModulePath)
            $ErrorActionPreference = 'Stop'
            Add-Type -LiteralPath (Join-Path $ConflictDirectory 'Microsoft.Extensions.Http.dll')
            Add-Type -LiteralPath (Join-Path $ConflictDirectory 'Polly.dll')
            $null = [Polly.Policy]::NoOp().Execute([Func[int]] { 1 })

            Import-Module -Name $ModulePath
            Connect-Clockify
            $tags = @(Get-ClockifyTag).Count
            $hostPolly = [Polly.Policy]::NoOp().Execute([Func[int]] { 42 })

            $assemblies = foreach ($context in [System.Runtime.Loader.AssemblyLoadContext]::All) {
                foreach ($assembly in $context.Assemblies) {
                    $name = $assembly.GetName()
                    if ($name.Name -in 'Microsoft.Extensions.Http', 'Polly', 'ClockifyPS.Engine') {
                        '{0} {1} {2}' -f $name.Name, $name.Version, $(if ($context -eq [System.Runtime.Loader.AssemblyLoadContext]::Default) { 'Default' } else { $context.Name })
                    }
                }
            }

            [pscustomobject]@{ Tags = $tags; HostPolly = $hostPolly; Assemblies = @($assemblies) } | ConvertTo-Json -Compress
        }
    }

    AfterAll {
        Stop-ClockifyPSTestSession -Session $session
    }

    It 'imports after Microsoft.Extensions.Http 6 and Polly 8, makes requests, and leaves them working' {
        $env:CLOCKIFY_BASE_URI = $session.Uri
        $env:CLOCKIFY_API_KEY = $session.KeyText
        try {
            $json = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -Command $child -args $conflicts, (Get-ClockifyPSModulePath)
        }
        finally {
            Remove-Item Env:CLOCKIFY_BASE_URI, Env:CLOCKIFY_API_KEY -ErrorAction SilentlyContinue
        }

        $LASTEXITCODE | Should -Be 0
        ($json -join "`n") | Should -Not -Match ([regex]::Escape($session.KeyText))
        $result = ($json -join "`n") | ConvertFrom-Json
        $result.Tags | Should -BeGreaterThan 0
        $result.HostPolly | Should -Be 42
        $result.Assemblies | Should -Contain 'Microsoft.Extensions.Http 6.0.0.0 Default'
        $result.Assemblies | Should -Contain 'Microsoft.Extensions.Http 10.0.0.0 ClockifyPS'
        $result.Assemblies | Should -Contain 'Polly 8.0.0.0 Default'
        $result.Assemblies | Should -Contain 'Polly 7.0.0.0 ClockifyPS'
        $result.Assemblies | Should -Contain ('ClockifyPS.Engine {0}.0 ClockifyPS' -f $session.Module.Version)
    }
}
