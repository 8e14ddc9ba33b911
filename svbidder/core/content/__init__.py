"""What comes with the app to read and practise on: guides, the guided
questions and the example workspace."""
