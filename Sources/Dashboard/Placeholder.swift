enum DashboardPlaceholder {}
