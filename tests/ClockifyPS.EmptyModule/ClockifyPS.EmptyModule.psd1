# The baseline for the import benchmark: a binary module with a manifest, as every Gallery module has.
@{
    RootModule        = 'ClockifyPS.EmptyModule.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0f5b8a8e-2a5e-4a53-9d57-3f0d3b4f7a11'
    PowerShellVersion = '5.1'
    CmdletsToExport   = @('Get-Nothing')
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
