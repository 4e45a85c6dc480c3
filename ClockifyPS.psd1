# Module manifest for ClockifyPS. The build writes ModuleVersion from Directory.Build.props into the copy it
# lays out in out/ClockifyPS; keep the cmdlet list here in step with src/ClockifyPS/Cmdlets (a test checks it).
@{
    RootModule           = 'ClockifyPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '4b7f2f0e-6c1d-4b8e-9a51-2f3c9d7e8a10'
    Author               = 'ClockifyPS contributors'
    CompanyName          = 'ClockifyPS contributors'
    Copyright            = '(c) ClockifyPS contributors. MIT licence.'
    Description          = 'Clockify time tracking from PowerShell: every data region, rate limits survived, time zones right. Typed pipeline objects with UTC times for scripts and scheduled automation.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('ClockifyPS.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Clockify'
        'Disconnect-Clockify'
        'Get-ClockifyConnection'
        'Get-ClockifyRegion'
        'Set-ClockifyRegion'
        'Invoke-ClockifyRestMethod'
        'Get-ClockifyTag'
        'New-ClockifyTag'
        'Set-ClockifyTag'
        'Remove-ClockifyTag'
        'Get-ClockifyTimeEntry'
        'Remove-ClockifyTimeEntry'
        'Get-ClockifyTimer'
        'Stop-ClockifyTimer'
        'Start-ClockifyTimer'
        'New-ClockifyTimeEntry'
        'Set-ClockifyTimeEntry'
        'Copy-ClockifyTimeEntry'
        'Get-ClockifyClient'
        'New-ClockifyClient'
        'Set-ClockifyClient'
        'Remove-ClockifyClient'
        'Get-ClockifyProject'
        'New-ClockifyProject'
        'Set-ClockifyProject'
        'Remove-ClockifyProject'
        'Get-ClockifyTask'
        'New-ClockifyTask'
        'Set-ClockifyTask'
        'Remove-ClockifyTask'
        'Get-ClockifyWorkspace'
        'Get-ClockifyUser'
        'Get-ClockifyUserGroup'
        'New-ClockifyUserGroup'
        'Set-ClockifyUserGroup'
        'Remove-ClockifyUserGroup'
        'Add-ClockifyUserGroupMember'
        'Remove-ClockifyUserGroupMember'
        'Get-ClockifySummaryReport'
        'Get-ClockifyDetailedReport'
        'Get-ClockifyWeeklyReport'
        'Get-ClockifyAttendanceReport'
        'Export-ClockifyReport'
        # Issue 9 part C: custom fields, webhooks, scheduling, shared reports
        'Get-ClockifyCustomField'
        'New-ClockifyCustomField'
        'Set-ClockifyCustomField'
        'Remove-ClockifyCustomField'
        'Get-ClockifyWebhook'
        'New-ClockifyWebhook'
        'Set-ClockifyWebhook'
        'Remove-ClockifyWebhook'
        'Get-ClockifyWebhookLog'
        'Reset-ClockifyWebhookToken'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Clockify', 'TimeTracking', 'Timesheet', 'REST', 'API', 'Reports', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/clockifyps/ClockifyPS/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/clockifyps/ClockifyPS'
            IconUri      = 'https://raw.githubusercontent.com/clockifyps/ClockifyPS/main/docs/icon.png'
            ReleaseNotes = 'See CHANGELOG.md: https://github.com/clockifyps/ClockifyPS/blob/main/CHANGELOG.md'
        }
    }
}
