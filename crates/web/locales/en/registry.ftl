## The workplace registry: list, record, new and edit pages.

registry-title = Workplaces
registry-new = Add a workplace
registry-edit = Edit workplace
registry-search = Name or registration number
registry-apply = Show
registry-count = { $count ->
    [one] { $shown } workplace
   *[other] { $shown } workplaces
}
registry-count-more = More than { $shown } workplaces
registry-empty = No workplace matches.
registry-col-place = Place
registry-name = Name
registry-country = Country
registry-district = District
registry-sub-district = Sub-district
registry-province = Province
registry-district-vn = District
registry-district-or-province = District (Bangladesh) or province (Vietnam)
registry-sub-district-or-district = Sub-district (Bangladesh) or district (Vietnam)
registry-address = Address
registry-sector = Sector
registry-workers-total = Workers
registry-workers-women = Women workers
registry-languages = Languages spoken
registry-status = Onboarding status
registry-identifiers = Registration numbers
registry-onboarding = Onboarding
registry-stage-date = Date { $stage }
registry-contacts = Contacts
registry-management-name = Management contact: name
registry-management-phone = Management contact: phone
registry-safety-name = 24/7 safety contact: name
registry-safety-phone = 24/7 safety contact: phone
registry-brands = Brands supplied
registry-none = None recorded.
registry-save = Save workplace

## Kinds of registration number.

identifier-kind-trade_licence = Trade licence
identifier-kind-dife_licence = Factory licence (DIFE)
identifier-kind-bgmea = BGMEA membership
identifier-kind-bkmea = BKMEA membership
identifier-kind-rsc = RSC factory ID
identifier-kind-enterprise_code = Enterprise code

## Onboarding stages.

onboarding-invited = invited
onboarding-onboarded = onboarded
onboarding-trained = trained
onboarding-active = active
onboarding-suspended = suspended

## Contacts.

contact-kind-management = Management contact
contact-kind-safety_24_7 = 24/7 safety contact

## Errors on a workplace record.

error-too-long = Too long.
error-women-exceed-total = More women workers than workers.
error-identifier-too-long = A registration number has at most 64 characters.
error-identifier-invalid = A registration number cannot hold control characters.
error-identifier-twice = Give each kind of registration number once.
error-identifier-taken = Another workplace already has this registration number.
error-invalid-date = Write the date as YYYY-MM-DD.
error-onboarding-date-order = This date is before the date of an earlier stage.
error-onboarding-date-missing = Give the date this stage was reached.

## CSV import and export.

error-csv-not-utf8 = The file is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8".
error-csv-empty = The file is empty.
error-csv-unknown-column = Unknown column: { $column }
error-csv-missing-column = Missing column: { $column }
error-csv-column-count = This row has a different number of cells from the header.
error-csv-malformed-row = This row cannot be read as CSV.
error-import-needs-identifier = Give at least one registration number: rows are matched on them.
error-import-duplicate-row = An earlier row of this file has the same registration number.
error-import-identifiers-disagree = The registration numbers belong to different workplaces.
error-import-unknown-brand = A brand in this row is not in the registry.
registry-export = Download as CSV
import-title = Import workplaces from CSV
import-help = Save the spreadsheet as "CSV UTF-8". The first row names the columns; rows are matched on registration numbers. You see what would change before anything is saved.
import-file = CSV file
import-preview = Show what would change
import-confirm = Import the good rows
import-nothing = Nothing to import: every row is unchanged or rejected.
import-done = Imported. The rows below show what was done.
import-col-row = Row
import-col-action = Result
import-col-reasons = Reasons
import-action-create = new workplace
import-action-update = updated
import-action-unchanged = unchanged
import-action-reject = rejected
import-count-create = { $count ->
    [one] { $shown } new workplace
   *[other] { $shown } new workplaces
}
import-count-update = { $count ->
    [one] { $shown } updated
   *[other] { $shown } updated
}
import-count-unchanged = { $count ->
    [one] { $shown } unchanged
   *[other] { $shown } unchanged
}
import-count-reject = { $count ->
    [one] { $shown } row rejected
   *[other] { $shown } rows rejected
}
import-more-rows = { $count ->
    [one] { $shown } more row is not listed here.
   *[other] { $shown } more rows are not listed here.
}

## Editing the brands a workplace supplies (issue 9 item 1).
registry-brands-hint = Names of brands in the registry, separated by ;
registry-error-unknown-brand = One of these names is not a brand in the registry.
