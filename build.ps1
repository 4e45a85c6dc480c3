<#
.SYNOPSIS
Builds, tests, documents and packages the ClockifyPS module.

.DESCRIPTION
A plain task-based build: no InvokeBuild needed. `dotnet build` and `dotnet test` never need this
script; it strings the steps together and adds what needs PowerShell modules (Pester, PlatyPS,
PSResourceGet). Tasks run in this order whatever order they are given in: Build, Help, Test,
Pester, Package. All runs every one of them. The script exits with 1 when a task fails.

- Build:   dotnet build ClockifyPS.sln; the build itself lays out the module in out/ClockifyPS
           (Release) or out/Debug/ClockifyPS (Debug).
- Help:    with PlatyPS installed, compiles docs/en-US into MAML help inside the module. The dotnet
           build already does this without PowerShell (build/MarkdownToMaml.cs); this task
           re-creates the help with PlatyPS itself.
- Test:    dotnet test ClockifyPS.sln.
- Pester:  with Pester 5 installed, runs tests/Pester against the built module in a child process.
- Package: with PSResourceGet (or PowerShellGet 2) installed, produces the .nupkg in out/packages
           by publishing to a temporary local repository. The dotnet build already writes
           out/packages/ClockifyPS.<version>.nupkg without PowerShell (ModulePackage.targets);
           this task re-creates it with the Gallery's own client.

.PARAMETER Task
The tasks to run. Default: Build.

.PARAMETER Configuration
The build configuration. Default: Release.

.EXAMPLE
./build.ps1

Builds the Release module into out/ClockifyPS.

.EXAMPLE
./build.ps1 -Task Build, Help, Pester

Builds, compiles the help and runs the Pester tests against out/ClockifyPS.

.EXAMPLE
./build.ps1 -Task All -Configuration Debug
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Help', 'Package', 'All')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$ModuleName = 'ClockifyPS'
$RepoRoot = $PSScriptRoot
$Solution = Join-Path $RepoRoot 'ClockifyPS.sln'
$DocsPath = Join-Path $RepoRoot 'docs/en-US'
$PesterPath = Join-Path $RepoRoot 'tests/Pester'
$OutPath = Join-Path $RepoRoot 'out'
$PackageOut = Join-Path $OutPath 'packages'
$TestResultsOut = Join-Path $OutPath 'TestResults'
# Mirrors ModuleLayoutDir in src/ClockifyPS/ClockifyPS.csproj.
$ModuleOut = if ($Configuration -eq 'Release') {
    Join-Path $OutPath $ModuleName
}
else {
    Join-Path (Join-Path $OutPath $Configuration) $ModuleName
}
$ModuleManifest = Join-Path $ModuleOut "$ModuleName.psd1"

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Native {
    # Runs a native command and turns a non-zero exit code into a failure of the build.
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )

    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Assert-DotNet {
    if (-not (Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue)) {
        throw 'The dotnet CLI was not found; install the .NET SDK: https://aka.ms/dotnet-download'
    }
}

function Assert-ModuleBuilt {
    if (-not (Test-Path -LiteralPath $ModuleManifest)) {
        throw "No built module at $ModuleManifest. Run ./build.ps1 -Task Build -Configuration $Configuration first."
    }
}

function Get-PowerShellExecutable {
    # The same edition that runs this script, so Pester sees the same modules.
    $name = if ($PSVersionTable.PSEdition -eq 'Core') { 'pwsh' } else { 'powershell' }
    if ([System.IO.Path]::DirectorySeparatorChar -eq '\') {
        $name += '.exe'
    }

    $candidate = Join-Path $PSHOME $name
    if (Test-Path -LiteralPath $candidate) {
        return $candidate
    }

    return (Get-Command $name -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source
}

function Invoke-BuildTask {
    Assert-DotNet
    Write-Step "Build ($Configuration)"
    Invoke-Native dotnet @('build', $Solution, '-c', $Configuration, '--nologo')
    Assert-ModuleBuilt
    Write-Host "Module laid out in $ModuleOut" -ForegroundColor Green
}

function Invoke-HelpTask {
    Write-Step 'Help'
    Assert-ModuleBuilt
    $platyPS = Get-Module -ListAvailable -Name platyPS | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $platyPS) {
        Write-Warning 'PlatyPS is not installed: skipping the MAML help (Install-Module platyPS -Scope CurrentUser).'
        return
    }

    Import-Module $platyPS -ErrorAction Stop
    $helpOut = Join-Path $ModuleOut 'en-US'
    $null = New-Item -ItemType Directory -Path $helpOut -Force

    # Cmdlet pages become ClockifyPS.dll-Help.xml (their front matter names it); the about topic is copied as
    # the build copies it, so the help text is the same with or without PlatyPS.
    $cmdletPages = @(Get-ChildItem -LiteralPath $DocsPath -Filter '*-*.md' -File | Where-Object Name -NotLike 'about_*')
    if ($cmdletPages.Count -eq 0) {
        throw "No cmdlet help pages found in $DocsPath."
    }

    $null = New-ExternalHelp -Path $cmdletPages.FullName -OutputPath $helpOut -Force -ErrorAction Stop
    $maml = Join-Path $helpOut "$ModuleName.dll-Help.xml"
    if (-not (Test-Path -LiteralPath $maml)) {
        throw "New-ExternalHelp did not produce $maml."
    }

    Copy-Item -LiteralPath (Join-Path $DocsPath "about_$ModuleName.md") `
        -Destination (Join-Path $helpOut "about_$ModuleName.help.txt") -Force
    Write-Host "Help written to $helpOut" -ForegroundColor Green
}

function Invoke-TestTask {
    Assert-DotNet
    Write-Step "Test ($Configuration)"
    Invoke-Native dotnet @('test', $Solution, '-c', $Configuration, '--nologo')
}

function Invoke-PesterTask {
    Write-Step 'Pester'
    $pester = Get-Module -ListAvailable -Name Pester |
        Where-Object { $_.Version -ge [version]'5.1.0' } |
        Sort-Object Version -Descending |
        Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5.1 or later is not installed: skipping tests/Pester (Install-Module Pester -MinimumVersion 5.1 -Scope CurrentUser).'
        return
    }

    Assert-ModuleBuilt
    $null = New-Item -ItemType Directory -Path $TestResultsOut -Force
    $resultFile = Join-Path $TestResultsOut 'Pester.xml'

    # A child process: the tests import the binary module, which would otherwise stay loaded (and its DLL
    # locked on Windows) in this session and break the next build.
    $runPester = {
        param($PesterModule, $TestPath, $ResultFile, $ModulePath)
        $ErrorActionPreference = 'Stop'
        $env:CLOCKIFYPS_MODULE_PATH = $ModulePath
        Import-Module $PesterModule
        $config = New-PesterConfiguration
        $config.Run.Path = $TestPath
        $config.Run.Exit = $true
        $config.Output.Verbosity = 'Detailed'
        $config.TestResult.Enabled = $true
        $config.TestResult.OutputFormat = 'NUnitXml'
        $config.TestResult.OutputPath = $ResultFile
        Invoke-Pester -Configuration $config
    }

    $shell = Get-PowerShellExecutable
    Write-Host "> $shell -NoProfile -Command { Invoke-Pester $PesterPath }" -ForegroundColor DarkGray
    & $shell -NoProfile -NonInteractive -Command $runPester -args $pester.Path, $PesterPath, $resultFile, $ModuleManifest
    if ($LASTEXITCODE -ne 0) {
        throw "Pester failed ($LASTEXITCODE failed test(s) or an error); results in $resultFile."
    }
}

function Publish-ToTemporaryRepository {
    # Publishes the module to a file-share repository registered only for this call, and returns the .nupkg.
    param([Parameter(Mandatory)] [ValidateSet('PSResourceGet', 'PowerShellGet')] [string] $Client)

    $repositoryName = 'ClockifyPSBuild' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $repositoryPath = Join-Path ([System.IO.Path]::GetTempPath()) $repositoryName
    $null = New-Item -ItemType Directory -Path $repositoryPath -Force
    try {
        if ($Client -eq 'PSResourceGet') {
            Register-PSResourceRepository -Name $repositoryName -Uri $repositoryPath -Trusted
            try {
                Publish-PSResource -Path $ModuleOut -Repository $repositoryName -ErrorAction Stop
            }
            finally {
                Unregister-PSResourceRepository -Name $repositoryName -ErrorAction SilentlyContinue
            }
        }
        else {
            Register-PSRepository -Name $repositoryName -SourceLocation $repositoryPath -PublishLocation $repositoryPath `
                -InstallationPolicy Trusted
            try {
                # -Force lets PowerShellGet 2 fetch NuGet.exe without a prompt when it needs it.
                Publish-Module -Path $ModuleOut -Repository $repositoryName -Force -ErrorAction Stop
            }
            finally {
                Unregister-PSRepository -Name $repositoryName -ErrorAction SilentlyContinue
            }
        }

        $packages = @(Get-ChildItem -LiteralPath $repositoryPath -Filter "$ModuleName*.nupkg" -File)
        if ($packages.Count -eq 0) {
            throw "Publishing with $Client produced no $ModuleName .nupkg in $repositoryPath."
        }

        $null = New-Item -ItemType Directory -Path $PackageOut -Force
        foreach ($package in $packages) {
            Copy-Item -LiteralPath $package.FullName -Destination $PackageOut -Force
            Join-Path $PackageOut $package.Name
        }
    }
    finally {
        Remove-Item -LiteralPath $repositoryPath -Recurse -Force -ErrorAction SilentlyContinue
    }
}

function Invoke-PackageTask {
    Write-Step 'Package'
    Assert-ModuleBuilt
    $client = if (Get-Command Publish-PSResource -ErrorAction SilentlyContinue) {
        'PSResourceGet'
    }
    elseif (Get-Command Publish-Module -ErrorAction SilentlyContinue) {
        'PowerShellGet'
    }
    else {
        $null
    }

    if (-not $client) {
        Write-Warning 'Neither Microsoft.PowerShell.PSResourceGet nor PowerShellGet is available: skipping the package.'
        return
    }

    $helpFile = Join-Path $ModuleOut "en-US/$ModuleName.dll-Help.xml"
    if (-not (Test-Path -LiteralPath $helpFile)) {
        Write-Warning "The package will have no cmdlet help: $helpFile is missing (run the Help task with PlatyPS)."
    }

    foreach ($package in @(Publish-ToTemporaryRepository -Client $client)) {
        Write-Host "Package: $package" -ForegroundColor Green
    }
}

$order = 'Build', 'Help', 'Test', 'Pester', 'Package'
$selected = if ($Task -contains 'All') { $order } else { $order | Where-Object { $Task -contains $_ } }

$failed = $false
foreach ($step in $selected) {
    try {
        switch ($step) {
            'Build' { Invoke-BuildTask }
            'Help' { Invoke-HelpTask }
            'Test' { Invoke-TestTask }
            'Pester' { Invoke-PesterTask }
            'Package' { Invoke-PackageTask }
        }
    }
    catch {
        Write-Host "Task $step failed: $($_.Exception.Message)" -ForegroundColor Red
        if ($_.InvocationInfo -and $_.InvocationInfo.PositionMessage) {
            Write-Host $_.InvocationInfo.PositionMessage -ForegroundColor DarkGray
        }

        $failed = $true
        break
    }
}

if ($failed) {
    exit 1
}

Write-Host "Done: $($selected -join ', ')." -ForegroundColor Green
exit 0
