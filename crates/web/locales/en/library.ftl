## The good-practice library: public pages, open data, leaflets

library-title = Good-practice library
library-intro = Improvements small workplaces made to safety and health, checked by a visit, a photo or the workers themselves, and published with the enterprise's agreement. Use them as ideas for your own workplace.
library-manage-link = Write up and review practices
library-public-link = See the public library
library-area = Technical area
library-sector = Sector
library-cost = Cost
library-region = Region
library-language = Language
library-filter = Show
library-any-area = Any area
library-any-sector = Any sector
library-any-cost = Any cost
library-any-region = Any region
library-any-language = Any language
library-count =
    { $count ->
        [one] { $count } practice
       *[other] { $count } practices
    }
library-none = No practice matches yet.
library-written-in = Not translated yet; written in
library-licence = Texts and open data are published under { $licence }: you may share and adapt them if you name the source.
library-download-csv = Download as CSV
library-download-json = Download as JSON
library-back = Back to the library
library-problem = The problem
library-solution = What was done
library-before = Before
library-after = After
library-no-photo = No photo
library-risk-change = Risk before → after
library-control-level = Level of control
library-leaflet = Printable leaflet
library-leaflet-hint = Print this page or save it as PDF from the browser's print menu. Page size:
library-described = a { $sector } in { $district }
library-described-nowhere = a { $sector }

## Sectors (filters) and the kind of workplace a description names

library-sector-garments = Garments
library-sector-textiles = Textiles
library-sector-footwear = Leather and footwear
library-sector-electronics = Electronics
library-sector-food = Food processing
library-sector-furniture = Wood and furniture
library-sector-construction = Construction
library-sector-other = Other sectors
library-workplace-garments = garment workshop
library-workplace-textiles = textile workshop
library-workplace-footwear = leather and footwear workshop
library-workplace-electronics = electronics workshop
library-workplace-food = food-processing workshop
library-workplace-furniture = furniture workshop
library-workplace-construction = construction firm
library-workplace-other = small enterprise

## Cost bands, naming, review states

library-cost-no_cost = No cost
library-cost-low = Low cost
library-cost-medium = Medium cost
library-cost-high = High cost
library-naming = How the enterprise appears
library-naming-named = By its name
library-naming-described = Described by sector and district only
library-state = Review
library-all-states = Every state
library-state-draft = Draft
library-state-in_review = In review
library-state-published = Published
library-state-withdrawn = Withdrawn
library-step-draft = Return to the author for changes
library-step-in_review = Send to review
library-step-published = Publish
library-step-withdrawn = Withdraw from the library
library-is-public = in the public library

## Staff pages

library-manage-title = Good practices
library-practice-title = Title
library-workplace = Workplace
library-provider = Provider
library-languages = Languages
library-candidates = Verified improvements not yet written up
library-candidates-hint = Only improvements verified on a visit, by a photo or by the workers can become good practices.
library-no-candidates = None waiting.
library-write-up = Write it up as a good practice
library-new-title = Write up a good practice
library-create = Save as draft
library-improvement-link = the improvement
library-consent = Enterprise's consent to publication
library-consent-none = Not recorded yet: the practice cannot be published without it.
library-consent-given = Given by { $name } on { $day }.
library-consent-withdrawn = Withdrawn on { $day }: the practice is not shown publicly.
library-consent-given-by = Given by (name and position)
library-consent-given-on = Given on
library-consent-record = Record consent
library-consent-withdraw = The enterprise withdrew its consent
library-review = Review
library-note = Note
library-confirm = I have checked the text, the photos and the consent
library-settings = Sector, cost and naming
library-save = Save
library-translation-missing = not written yet
library-trail = Review history
library-when = When
library-who = Who

## Refusals

library-error-too-long = This text is too long.
library-error-transition = This review step is not possible now.
library-error-not-verified = Only an improvement verified by someone other than the enterprise can become a good practice.
library-error-exists = This improvement is already written up as a good practice.
library-error-not-editable = The practice is in review or published: it cannot be changed now.
library-error-not-yours = This review step belongs to someone else.
library-error-no-consent = Record the enterprise's consent to publication first.
library-error-confirm = Tick the box to confirm.
