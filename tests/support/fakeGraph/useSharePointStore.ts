// Jest setup file of the "api-sharepoint" project: startTestApp() then runs the app with STORE=sharepoint
// over a fresh, provisioned fake of Graph.
process.env.TEST_STORE = 'sharepoint';
