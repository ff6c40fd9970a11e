// The directive-language rule: reports telling, advising and lecturing in the writer's voice. When an
// institution or someone else is the one advising ("the job centre advised Mirela to"), the note is
// reporting what happened, not drifting. In the passive ("her family was advised to") the one named
// received the advice, and the writer is the one who gave it. When the service's own staff do the
// telling ("Staff advised Kirra to …", "Worker educated Jayden on …"), it is the note's own voice.
import {actionAboutThePerson, insideTheirOwnAccount, isPassive, toldByOwnStaff} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'directive-language' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: (context) => isPassive(context) || (actionAboutThePerson(context) && !insideTheirOwnAccount(context)) || toldByOwnStaff(context)})
