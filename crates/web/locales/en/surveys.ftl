## The survey on a closed case's page

survey-panel-title = Satisfaction survey
survey-panel-channel = Asked by
survey-panel-status = State
survey-panel-attempts = Attempts
survey-panel-next = next attempt
survey-panel-no-answers = No answer yet.
survey-channel-ivr = Voice call (IVR)
survey-channel-sms = SMS
survey-status-scheduled = Waiting for an answer
survey-status-answered = Answered
survey-status-no_response = No response after every attempt
survey-question-satisfaction = Satisfied with how the helpline handled the case
survey-question-resolved = Problem solved
survey-answer-1 = Very satisfied
survey-answer-2 = Satisfied
survey-answer-3 = Neither
survey-answer-4 = Not satisfied
survey-answer-5 = Not at all satisfied
survey-answer-yes = Yes
survey-answer-no = No

## The satisfaction page (supervisors)

satisfaction-title = Satisfaction
satisfaction-hint = After closure each worker who agreed to be contacted is asked by voice call or SMS. Satisfaction rate: satisfied or very satisfied answers per answered survey. Response rate: answered surveys per finished survey, "no response" included. Workplace and operator rows with fewer than { $min } surveys are hidden.
satisfaction-empty = No survey has finished yet. Surveys start the day after a case is closed.
satisfaction-chart = Satisfaction rate by month
satisfaction-by-month = By month
satisfaction-by-category = By category
satisfaction-by-workplace = By workplace
satisfaction-by-operator = By operator
satisfaction-col-group = Group
satisfaction-col-finished = Finished surveys
satisfaction-col-response = Response rate
satisfaction-col-satisfaction = Satisfaction rate
