#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.1.0' }
# Compiled help of every exported cmdlet (needs out/ClockifyPS/en-US/ClockifyPS.dll-Help.xml from
# `build.ps1 -Task Help`; skipped without it). No emulator needed. Helpers: Common.ps1.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $cmdletNames = Get-ClockifyPSExportedCmdletName
    $hasCompiledHelp = Test-ClockifyPSCompiledHelp
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-ClockifyPSUnderTest
    $commonParameters = @([System.Management.Automation.PSCmdlet]::CommonParameters) +
        @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)

    function Get-HelpText {
        # The text of a help description (an array of paragraphs with a Text property), trimmed.
        param($Description)
        ((@($Description) | ForEach-Object { if ($_.PSObject.Properties['Text']) { $_.Text } else { "$_" } }) -join "`n").Trim()
    }
}

AfterAll {
    Get-Module ClockifyPS | Remove-Module -Force
}

Describe 'Help for <_>' -ForEach $cmdletNames -Skip:(-not $hasCompiledHelp) {
    BeforeAll {
        $name = $_
        $help = Get-Help -Name $name -Full
        $command = Get-Command -Name $name -Module ClockifyPS
    }

    It 'has a synopsis that is not the syntax' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$name *"
    }

    It 'has a description' {
        Get-HelpText $help.description | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            "$($example.code)".Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter it lists' {
        foreach ($parameter in @($help.parameters.parameter)) {
            if ($null -eq $parameter) {
                continue
            }

            Get-HelpText $parameter.description | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
            Get-HelpText $parameter.description | Should -Not -BeLike '*{{*' -Because "-$($parameter.name) still has a PlatyPS placeholder"
        }
    }

    It 'lists and describes every parameter of the cmdlet' {
        $documented = @{}
        foreach ($parameter in @($help.parameters.parameter)) {
            if ($null -ne $parameter) {
                $documented[[string]$parameter.name] = Get-HelpText $parameter.description
            }
        }

        foreach ($parameterName in $command.Parameters.Keys) {
            if ($commonParameters -contains $parameterName) {
                continue
            }

            $documented.ContainsKey($parameterName) | Should -BeTrue -Because "-$parameterName of $name needs help"
            $documented[$parameterName] | Should -Not -BeNullOrEmpty -Because "-$parameterName of $name needs a description"
        }
    }
}
