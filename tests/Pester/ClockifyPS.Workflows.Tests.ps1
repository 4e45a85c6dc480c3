#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.1.0' }
# Pipelines, paging, -WhatIf, errors, timers, reports and secrets against the built module and its own emulator
# (20 users, 400 seeded entries in the calendar year 2025 UTC, no rate limit). Entities a test creates are dated
# outside 2025 and removed by the test. Helpers: Common.ps1.
#
#   Invoke-Pester ./tests/Pester/ClockifyPS.Workflows.Tests.ps1 -Output Detailed

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $session = Start-ClockifyPSTestSession -EmulatorArgument '--seed', '400', '--users', '20', '--rate', '0'
    $emulatorUri = $session.Uri
    $emulatorKey = $session.Key
    $emulatorKeyText = $session.KeyText
    $connection = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -PassThru
    $year = @{ Start = '2025-01-01T00:00:00Z'; End = '2026-01-01T00:00:00Z' }
    $missingId = '5b715612b0798751c7c6e8e1'
}

AfterAll {
    Stop-ClockifyPSTestSession -Session $session
}

Describe 'Pipelines' {
    It 'Get-ClockifyWorkspace | Get-ClockifyProject lists the projects of each piped workspace' {
        $workspaces = @(Get-ClockifyWorkspace)
        $workspaces.Id | Should -Contain $connection.WorkspaceId

        $viaPipe = @(Get-ClockifyWorkspace | Get-ClockifyProject)
        $direct = @(Get-ClockifyProject -WorkspaceId $connection.WorkspaceId)
        $direct.Count | Should -BeGreaterThan 0
        foreach ($project in $viaPipe) {
            $workspaces.Id | Should -Contain $project.WorkspaceId
        }

        $fromPrimary = @($viaPipe | Where-Object WorkspaceId -eq $connection.WorkspaceId)
        ($fromPrimary.Id -join ',') | Should -Be ($direct.Id -join ',')

        $onePipe = @(Get-ClockifyWorkspace -Id $connection.WorkspaceId | Get-ClockifyProject)
        ($onePipe.Id -join ',') | Should -Be ($direct.Id -join ',')
    }

    It 'Get-ClockifyProject | Select-Object -First 1 | Get-ClockifyTask lists that project''s tasks' {
        $project = Get-ClockifyProject | Select-Object -First 1
        $tasks = @(Get-ClockifyProject | Select-Object -First 1 | Get-ClockifyTask)
        $tasks.Count | Should -BeGreaterThan 0
        foreach ($task in $tasks) {
            $task.ProjectId | Should -Be $project.Id
        }
    }

    It 'Get-ClockifyUser | Get-ClockifyTimeEntry reads every user''s entries of the seeded year' {
        $users = @(Get-ClockifyUser)
        $users.Count | Should -BeGreaterThan 1

        $entries = @(Get-ClockifyUser | Get-ClockifyTimeEntry @year)
        $entries.Count | Should -BeGreaterThan 0
        @($entries.UserId | Sort-Object -Unique).Count | Should -BeGreaterThan 1
        foreach ($entry in $entries) {
            $users.Id | Should -Contain $entry.UserId
            $entry.WorkspaceId | Should -Be $connection.WorkspaceId
            $entry.Duration | Should -BeOfType ([TimeSpan])
            $entry.Start.Offset | Should -Be ([TimeSpan]::Zero)
            $entry.Start | Should -BeGreaterOrEqual ([DateTimeOffset]'2025-01-01T00:00:00Z')
            $entry.Start | Should -BeLessThan ([DateTimeOffset]'2026-01-01T00:00:00Z')
        }

        $allUsers = @(Get-ClockifyTimeEntry -AllUsers @year)
        (@($entries.Id | Sort-Object) -join ',') | Should -Be (@($allUsers.Id | Sort-Object) -join ',')

        $one = $users[1].Id
        $oneUser = @(Get-ClockifyUser -Id $one | Get-ClockifyTimeEntry @year)
        $oneUser.Count | Should -BeGreaterThan 0
        foreach ($entry in $oneUser) {
            $entry.UserId | Should -Be $one
        }
    }

    It 'Get-ClockifyTimeEntry | Remove-ClockifyTimeEntry removes the entries it was given, in one bulk request' {
        $marker = New-TestName 'pester-bulk'
        $created = @(1..3 | ForEach-Object {
                New-ClockifyTimeEntry -Start ([DateTimeOffset]'2034-01-01T00:00:00Z').AddHours($_) -Duration '00:30:00' -Description $marker
            })
        try {
            $created.Count | Should -Be 3
            $window = @{ Start = '2034-01-01T00:00:00Z'; End = '2034-01-02T00:00:00Z'; Description = $marker }
            @(Get-ClockifyTimeEntry @window).Count | Should -Be 3
            $bulk = 'DELETE /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries'
            $before = Get-EmulatorCounter -BaseUri $emulatorUri

            $output = @(Get-ClockifyTimeEntry @window | Remove-ClockifyTimeEntry -Confirm:$false)

            $after = Get-EmulatorCounter -BaseUri $emulatorUri
            $output.Count | Should -Be 0
            (Get-CounterValue $after requests $bulk) - (Get-CounterValue $before requests $bulk) | Should -Be 1
            (Get-CounterValue $after deleted timeEntry) - (Get-CounterValue $before deleted timeEntry) | Should -Be 3
            @(Get-ClockifyTimeEntry @window).Count | Should -Be 0
        }
        finally {
            $created | Remove-ClockifyTimeEntry -Confirm:$false -ErrorAction SilentlyContinue
        }
    }

    It 'CSV rows piped into New-ClockifyTimeEntry -TimeZone Europe/Berlin start at the right UTC instant' {
        $marker = New-TestName 'pester-csv'
        $rows = @"
Start,End,Description
2035-03-01 09:00,2035-03-01 10:00,$marker row 1
2035-03-01 10:00,2035-03-01 12:15,$marker row 2
"@ | ConvertFrom-Csv
        $entries = @()
        try {
            $entries = @($rows | New-ClockifyTimeEntry -TimeZone Europe/Berlin | Sort-Object Start)
            $entries.Count | Should -Be 2
            # Berlin is CET (+01:00) on 1 March.
            $entries[0].Start | Should -Be ([DateTimeOffset]::new(2035, 3, 1, 8, 0, 0, [TimeSpan]::Zero))
            $entries[1].Start | Should -Be ([DateTimeOffset]::new(2035, 3, 1, 9, 0, 0, [TimeSpan]::Zero))
            $entries[0].Start.Offset | Should -Be ([TimeSpan]::Zero)
            $entries[0].Duration | Should -Be ([TimeSpan]::FromHours(1))
            $entries[1].Duration | Should -Be ([TimeSpan]::FromMinutes(135))
            $entries[0].Description | Should -BeExactly "$marker row 1"
            $entries[1].Description | Should -BeExactly "$marker row 2"
        }
        finally {
            $entries | Remove-ClockifyTimeEntry -Confirm:$false -ErrorAction SilentlyContinue
            Get-ClockifyTimeEntry -Start '2035-03-01T00:00:00Z' -End '2035-03-02T00:00:00Z' -Description $marker -ErrorAction SilentlyContinue |
                Remove-ClockifyTimeEntry -Confirm:$false -ErrorAction SilentlyContinue
        }
    }

    It 'Get-ClockifyTag -Name x -Exact | Set-ClockifyTag -Archived -PassThru archives that tag' {
        $name = New-TestName 'pester-tag'
        $tag = New-ClockifyTag -Name $name
        try {
            $tag.Archived | Should -BeFalse
            $changed = @(Get-ClockifyTag -Name $name -Exact | Set-ClockifyTag -Archived -PassThru)
            $changed.Count | Should -Be 1
            $changed[0].Id | Should -Be $tag.Id
            $changed[0].Name | Should -BeExactly $name
            $changed[0].Archived | Should -BeTrue

            $archived = @(Get-ClockifyTag -Archived -Name $name -Exact)
            $archived.Count | Should -Be 1
            $archived[0].Id | Should -Be $tag.Id
        }
        finally {
            Remove-ClockifyTag -Id $tag.Id -Confirm:$false -ErrorAction SilentlyContinue
        }
    }
}

Describe 'Paging' {
    It 'Select-Object -First 1 on Get-ClockifyTimeEntry -AllUsers stops reading pages' {
        $entryPages = 'GET /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries'
        $before = Get-EmulatorCounter -BaseUri $emulatorUri
        $first = @(Get-ClockifyTimeEntry -AllUsers @year | Select-Object -First 1)
        $middle = Get-EmulatorCounter -BaseUri $emulatorUri
        $all = @(Get-ClockifyTimeEntry -AllUsers @year)
        $after = Get-EmulatorCounter -BaseUri $emulatorUri

        $first.Count | Should -Be 1
        $all.Id | Should -Contain $first[0].Id
        $users = @($all.UserId | Sort-Object -Unique).Count
        $users | Should -BeGreaterThan 1

        $firstPages = (Get-CounterValue $middle requests $entryPages) - (Get-CounterValue $before requests $entryPages)
        $allPages = (Get-CounterValue $after requests $entryPages) - (Get-CounterValue $middle requests $entryPages)
        $firstPages | Should -Be 1
        $allPages | Should -BeGreaterOrEqual $users

        $firstRequests = $middle.totalRequests - $before.totalRequests
        $allRequests = $after.totalRequests - $middle.totalRequests
        $firstRequests | Should -BeLessThan ($allRequests / 2)
    }
}

Describe '-WhatIf' {
    It 'New-, Set- and Remove-ClockifyTag -WhatIf send no write' {
        $name = New-TestName 'pester-whatif'
        $tag = New-ClockifyTag -Name $name
        try {
            $before = Get-EmulatorCounter -BaseUri $emulatorUri
            $output = @(
                New-ClockifyTag -Name (New-TestName 'pester-whatif') -WhatIf
                Set-ClockifyTag -Id $tag.Id -Name "$name-x" -WhatIf
                $tag | Set-ClockifyTag -Archived -WhatIf
                Remove-ClockifyTag -Id $tag.Id -WhatIf
                $tag | Remove-ClockifyTag -WhatIf
            )
            $after = Get-EmulatorCounter -BaseUri $emulatorUri

            $output.Count | Should -Be 0
            Get-WriteRequestCount $after | Should -Be (Get-WriteRequestCount $before)
            Get-CounterValue $after created tag | Should -Be (Get-CounterValue $before created tag)
            Get-CounterValue $after deleted tag | Should -Be (Get-CounterValue $before deleted tag)

            $still = @(Get-ClockifyTag -Id $tag.Id)
            $still.Count | Should -Be 1
            $still[0].Name | Should -BeExactly $name
            $still[0].Archived | Should -BeFalse
        }
        finally {
            Remove-ClockifyTag -Id $tag.Id -Confirm:$false -ErrorAction SilentlyContinue
        }
    }

    It 'New-, Set- and Remove-ClockifyTimeEntry and Start-ClockifyTimer -WhatIf send no write' {
        $marker = New-TestName 'pester-whatif'
        $entry = New-ClockifyTimeEntry -Start '2036-01-05T09:00:00Z' -Duration '01:00:00' -Description $marker
        try {
            $before = Get-EmulatorCounter -BaseUri $emulatorUri
            $output = @(
                New-ClockifyTimeEntry -Start '2036-01-05T11:00:00Z' -Duration '01:00:00' -Description $marker -WhatIf
                Start-ClockifyTimer -Description $marker -WhatIf
                $entry | Set-ClockifyTimeEntry -Description "$marker-changed" -WhatIf
                Set-ClockifyTimeEntry -Id $entry.Id -Description "$marker-changed" -WhatIf
                $entry | Remove-ClockifyTimeEntry -WhatIf
                Remove-ClockifyTimeEntry -Id $entry.Id -UserId $entry.UserId -WhatIf
            )
            $after = Get-EmulatorCounter -BaseUri $emulatorUri

            $output.Count | Should -Be 0
            Get-WriteRequestCount $after | Should -Be (Get-WriteRequestCount $before)
            Get-CounterValue $after created timeEntry | Should -Be (Get-CounterValue $before created timeEntry)
            Get-CounterValue $after deleted timeEntry | Should -Be (Get-CounterValue $before deleted timeEntry)

            $still = @(Get-ClockifyTimeEntry -Start '2036-01-05T00:00:00Z' -End '2036-01-06T00:00:00Z' -Description $marker)
            $still.Count | Should -Be 1
            $still[0].Id | Should -Be $entry.Id
            $still[0].Description | Should -BeExactly $marker
            @(Get-ClockifyTimer).Count | Should -Be 0
        }
        finally {
            $entry | Remove-ClockifyTimeEntry -Confirm:$false -ErrorAction SilentlyContinue
        }
    }

    It 'Remove-ClockifyTimeEntry -WhatIf sends no request at all' {
        $before = Get-EmulatorCounter -BaseUri $emulatorUri
        Remove-ClockifyTimeEntry -Id $missingId -UserId $connection.UserId -WhatIf
        $after = Get-EmulatorCounter -BaseUri $emulatorUri
        $after.totalRequests | Should -Be $before.totalRequests
    }
}

Describe 'Errors' {
    It 'a malformed tag id is Clockify.GetTag.InvalidId, and no request is sent' {
        $before = Get-EmulatorCounter -BaseUri $emulatorUri
        Get-ErrorId { Get-ClockifyTag -Id 'x1' } | Should -BeExactly 'Clockify.GetTag.InvalidId'
        { Get-ClockifyTag -Id 'x1' -ErrorAction Stop } | Should -Throw -ErrorId 'Clockify.GetTag.InvalidId'
        $after = Get-EmulatorCounter -BaseUri $emulatorUri
        $after.totalRequests | Should -Be $before.totalRequests
    }

    It 'a tag id that does not exist is Clockify.GetTag.NotFound (ObjectNotFound)' {
        $record = $null
        try {
            Get-ClockifyTag -Id $missingId -ErrorAction Stop
        }
        catch {
            $record = $_
        }

        $record | Should -Not -BeNullOrEmpty
        ($record.FullyQualifiedErrorId -split ',')[0] | Should -BeExactly 'Clockify.GetTag.NotFound'
        $record.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
    }

    It 'a project name that does not exist is Clockify.NewTimeEntry.ProjectNotFound, and nothing is created' {
        $before = Get-EmulatorCounter -BaseUri $emulatorUri
        Get-ErrorId { New-ClockifyTimeEntry -Start '2035-08-01T09:00Z' -Duration '01:00:00' -Project 'No Such Project' } |
            Should -BeExactly 'Clockify.NewTimeEntry.ProjectNotFound'
        $after = Get-EmulatorCounter -BaseUri $emulatorUri
        Get-CounterValue $after created timeEntry | Should -Be (Get-CounterValue $before created timeEntry)
    }

    It '-End before -Start is Clockify.NewTimeEntry.EndBeforeStart, and no request is sent' {
        $before = Get-EmulatorCounter -BaseUri $emulatorUri
        Get-ErrorId { New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -End '2035-01-02T09:00Z' } |
            Should -BeExactly 'Clockify.NewTimeEntry.EndBeforeStart'
        { New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -End '2035-01-02T09:00Z' -ErrorAction Stop } |
            Should -Throw -ErrorId 'Clockify.NewTimeEntry.EndBeforeStart'
        $after = Get-EmulatorCounter -BaseUri $emulatorUri
        $after.totalRequests | Should -Be $before.totalRequests
    }

    It 'a workspace the user is not a member of is Clockify.GetTag.Forbidden (PermissionDenied)' {
        # /__admin/info names a workspace the primary user is not a member of.
        $foreign = $session.Region.foreignWorkspaceId
        $foreign | Should -Not -BeNullOrEmpty

        $record = $null
        try {
            Get-ClockifyTag -WorkspaceId $foreign -ErrorAction Stop
        }
        catch {
            $record = $_
        }

        $record | Should -Not -BeNullOrEmpty
        ($record.FullyQualifiedErrorId -split ',')[0] | Should -BeExactly 'Clockify.GetTag.Forbidden'
        $record.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::PermissionDenied)
    }
}

Describe 'Timers' {
    BeforeEach {
        Stop-ClockifyTimer -Confirm:$false -ErrorAction SilentlyContinue
    }

    It 'Start-ClockifyTimer runs, Get-ClockifyTimer shows it and Stop-ClockifyTimer -PassThru stops it' {
        $started = Start-ClockifyTimer -Description (New-TestName 'pester-timer') -At ([DateTimeOffset]::UtcNow.AddMinutes(-10))
        try {
            $started.IsRunning | Should -BeTrue

            $running = @(Get-ClockifyTimer)
            $running.Count | Should -Be 1
            $running[0].Id | Should -Be $started.Id
            $running[0].IsRunning | Should -BeTrue
            $running[0].End | Should -BeNullOrEmpty

            $stopped = @(Stop-ClockifyTimer -PassThru -Confirm:$false)
            $stopped.Count | Should -Be 1
            $stopped[0].Id | Should -Be $started.Id
            $stopped[0].IsRunning | Should -BeFalse
            $stopped[0].End | Should -Not -BeNullOrEmpty
            $stopped[0].Duration | Should -BeGreaterOrEqual ([TimeSpan]::FromMinutes(9))
            $stopped[0].Duration | Should -BeLessOrEqual ([TimeSpan]::FromMinutes(12))

            @(Get-ClockifyTimer).Count | Should -Be 0
        }
        finally {
            Stop-ClockifyTimer -Confirm:$false -ErrorAction SilentlyContinue
            $started | Remove-ClockifyTimeEntry -Confirm:$false -ErrorAction SilentlyContinue
        }
    }

    It 'Stop-ClockifyTimer with no timer running writes nothing and no error' {
        @(Get-ClockifyTimer).Count | Should -Be 0

        $stopErrors = $null
        $output = @(Stop-ClockifyTimer -PassThru -Confirm:$false -ErrorVariable stopErrors)
        $output.Count | Should -Be 0
        @($stopErrors).Count | Should -Be 0

        $withVerbose = @(Stop-ClockifyTimer -Confirm:$false -Verbose -ErrorVariable stopErrors 4>&1)
        @($withVerbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
        @($withVerbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'No timer was running*' }).Count |
            Should -Be 1
        @($stopErrors).Count | Should -Be 0
    }
}

Describe 'Reports' {
    It 'Get-ClockifySummaryReport -GroupBy User,Project returns rows with UserId, ProjectId and a TimeSpan Duration' {
        $rows = @(Get-ClockifySummaryReport -Start '2025-01-01' -End '2026-01-01' -GroupBy User, Project)
        $rows.Count | Should -BeGreaterThan 0
        $userIds = @((Get-ClockifyUser).Id)
        foreach ($row in $rows) {
            $row.PSObject.Properties['UserId'] | Should -Not -BeNullOrEmpty
            $row.PSObject.Properties['ProjectId'] | Should -Not -BeNullOrEmpty
            $row.PSObject.Properties['User'] | Should -Not -BeNullOrEmpty
            $row.PSObject.Properties['Project'] | Should -Not -BeNullOrEmpty
            $row.UserId | Should -Not -BeNullOrEmpty
            $userIds | Should -Contain $row.UserId
            $row.Duration | Should -BeOfType ([TimeSpan])
            $row.Duration | Should -BeGreaterThan ([TimeSpan]::Zero)
            $row.IsTotal | Should -BeFalse
            (@($row.Groups | ForEach-Object { "$($_.Kind)" }) -join ',') | Should -Be 'User,Project'
        }

        @($rows | Where-Object ProjectId).Count | Should -BeGreaterThan 0
        @($rows.UserId | Sort-Object -Unique).Count | Should -BeGreaterThan 1
    }

    It 'Export-ClockifyReport writes the file and refuses to overwrite it without -Force' {
        $path = Join-Path $TestDrive 'r.csv'
        $window = @{ Start = '2025-06-01T00:00:00Z'; End = '2025-07-01T00:00:00Z' }

        $file = Export-ClockifyReport -Type Summary -Format Csv -Path $path @window
        $file | Should -BeOfType ([System.IO.FileInfo])
        $path | Should -Exist
        (Get-Item -LiteralPath $path).Length | Should -BeGreaterThan 0
        $file.FullName | Should -Be (Get-Item -LiteralPath $path).FullName

        Set-Content -LiteralPath $path -Value 'keep me' -NoNewline
        Get-ErrorId { Export-ClockifyReport -Type Summary -Format Csv -Path $path @window } |
            Should -BeExactly 'Clockify.ExportReport.FileExists'
        Get-Content -LiteralPath $path -Raw | Should -BeExactly 'keep me'

        $forced = Export-ClockifyReport -Type Summary -Format Csv -Path $path @window -Force
        $forced.FullName | Should -Be (Get-Item -LiteralPath $path).FullName
        (Get-Item -LiteralPath $path).Length | Should -BeGreaterThan 0
        Get-Content -LiteralPath $path -Raw | Should -Not -BeExactly 'keep me'
        (@(Get-ChildItem -LiteralPath $TestDrive -Force).Name -join ',') | Should -Be 'r.csv'
    }
}

Describe 'Secrets' {
    AfterEach {
        # A failed connect must not leave the next test without a connection.
        $null = Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey
    }

    It 'the API key appears in no stream of verbose or failing commands' {
        $wrongKeyText = 'EGLnotARealKeyAtAll0000000000000'
        $wrongKey = ConvertTo-SecureString -String $wrongKeyText -AsPlainText -Force
        Stop-ClockifyTimer -Confirm:$false -ErrorAction SilentlyContinue

        $text = Get-AllStreamText -Script @(
            { Connect-Clockify -BaseUri $emulatorUri -ApiKey $emulatorKey -PassThru -Verbose }
            { Get-ClockifyConnection | Format-List -Property * -Force | Out-String -Width 4096 }
            { Invoke-ClockifyRestMethod /user -Verbose }
            { Get-ClockifyTag -Verbose | Select-Object -First 1 }
            { Stop-ClockifyTimer -Confirm:$false -Verbose }
            { Get-ClockifyTag -Id $missingId -Verbose }
            { Get-ClockifyTag -Id 'x1' -Verbose }
            { Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/no-such-thing' -Verbose }
            { New-ClockifyTimeEntry -Start '2035-08-01T09:00Z' -Duration '01:00:00' -Project 'No Such Project' -Verbose }
            { Get-ClockifyTimeEntry -Start '2030-01-02T00:00:00Z' -End '2030-01-01T00:00:00Z' -Verbose }
            { Connect-Clockify -BaseUri $emulatorUri -ApiKey $wrongKey -Verbose }
        )

        # The capture worked: it holds errors and verbose messages.
        $text | Should -Match 'Clockify\.GetTag\.NotFound'
        $text | Should -Match 'Clockify\.GetTag\.InvalidId'
        $text | Should -Match 'Clockify\.NewTimeEntry\.ProjectNotFound'
        $text | Should -Match 'Clockify\.Connect\.Unauthorized'
        $text | Should -Match 'VerboseRecord'

        $text.Contains($emulatorKeyText) | Should -BeFalse -Because 'the API key must never be written to any stream'
        $text.Contains($wrongKeyText) | Should -BeFalse -Because 'a rejected key must not be echoed either'
    }

    It 'the API key is not in the error records the session collected' {
        $null = Get-AllStreamText -Script @(
            { Get-ClockifyTag -Id $missingId }
            { Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/no-such-thing' }
        )

        $collected = ($Error | ForEach-Object { ConvertTo-StreamText $_ }) -join "`n"
        $collected.Length | Should -BeGreaterThan 0
        $collected.Contains($emulatorKeyText) | Should -BeFalse
    }
}
